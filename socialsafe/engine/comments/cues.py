"""Cue lexicons: groups of words and phrases whose presence the comment model counts.

A learned model trained on a few thousand comments knows the words it saw; these groups
let it generalise to words it did not see (any violent verb, any child word, any
extremist slogan). Each group becomes one count feature. Matching is on the normalised
text (`text.py`), whole words, one pass with pyahocorasick; an entry ending in `*` also
matches longer words ("groom*" finds "groomed", "grooming")."""

from __future__ import annotations

from functools import cache

import ahocorasick

GROUPS: dict[str, str] = {
    "violence": """kill*|murder*|stab*|smash*|punch*|slap*|batter*|beat*|shoot*|shot|burn*|bomb*
        hurt*|strangl*|knock him out|knock her out|knock you out break his|break her|break your
        put you in hospital|kick the|kick his|kick her|deal with him|deal with her|sort you out
        teach her a lesson|teach him a lesson|end you|swinging|bat|knife|knives|gun|acid|torch""",
    "first_person_future": """i'll|ill|i will|im going to|i'm going to|im gonna|i'm gonna|gonna
        i'm coming|im coming|i swear|we will|we'll|i shall|you'll|you will|better watch|better pray
        better hide|watch your back|watch out|know where you live|know where you park|
        count your days|you'll regret|you'll pay|see what happens|won't know what hit
        next target""",
    # Veiled threats: menace without a violent verb (a warning, a countdown, a visit).
    "veiled_threat": """watch yourself|watch herself|watch himself|watch themselves|watch your back
        watch his back|watch her back|be a shame if|shame if something|shame if anything|
        days are numbered|dead man|dead woman|getting a visit|get a visit|pay a visit|
        a little visit|know where|where she lives|where he lives|where you live|
        what she drives|what he drives|what happens to|find out what happens|won't last|
        wont last|be warned|you've been warned|youve been warned|that's all i'm
        saying|thats all im saying|not long now|tick tock|when it happens|coming for you|
        coming for her|coming for him|sort them out|sort him out|sort her out|sort you out|
        bringing the lads|the lads down|set the dogs|regret it|regret this|last warning|
        final warning|mark my words|keep your kids home|
        do what needs doing|never forget it|machete|shank*|blade|petrol|lock the doors|
        doors will be locked|someone will|something bad|one day someone""",
    "figurative": """smashed it|killed it|killing it|slayed|slay|slaying|killer|to die for|dying
        killing me|murder a|murder for a|break a leg|on fire|bloodbath|carnage|knocked it out|
        knockout|nailed it|bossed it|smashing|murdered the|destroyed the|lol|haha|hahaha|😂|🤣""",
    "child": """child*|kid*|son|sons|daughter*|boy|boys|girl|girls|pupil*|little one|baby|toddler
        brother|sister|stepson|stepdaughter|nephew|niece|grandson|granddaughter|year old|yr old
        teen*|lad|lads|youngster*|minor|10 year|12 year|13 year|14 year""",
    "harm": """hits|hit her|hit him|hitting|hurts|hurt her|hurt him|hurting|bruise*|touches|touched|
        touching|locks|locked|abuse|abused|abusing|scared|frightened|terrified|afraid|hungry|
        no food|starving|alone|home alone|on her own|on his own|self harm*|self-harm*|cutting|
        kill herself|kill himself|kill myself|suicid*|want to die|wants to die|be alive|
        groom*|messaging|snapchat|instagram|roblox|tiktok|photos of|pictures|naked|nude*|porn*
        drugs|vape*|drunk|burns|marks|sleeps in|sleep in the|shed|runaway|run away|secret|
        neglect*|unsafe|feel safe|police|social services|safeguarding|blackmail*|sores|
        filming|offered*|lift home|lifts home|get in his car|white van|step-dad|stepdad|
        mum's boyfriend|boyfriend|uncle|don't feel safe|not safe|grabbed|pushed|shoved|dragged
        neck|thin|dirty clothes|same clothes|asks for food|no coat|packages|watching the children
        come to her house|come to his house|stranger*|gifts|meet up|sleeps|bread|flinch*
        bruising|injur*|slap|smack*|scream*|screaming|afraid|frighten*|crying|hides|hiding
        neglect*|not being fed|unwashed|smells|hungry all the time|belt|beaten|beating|
        inappropriate*|sexual*|rape|raped|assault*|sexting|sending pictures|older man|
        older boyfriend|missing from home|police were called|domestic violence|domestic abuse
        suicidal|eating disorder|radicalis*|fgm|forced marriage|knife|weapon|exploit*
        hang himself|hang herself|hang myself|end it all|end it|overdose|wrists|rope|
        not want to be here|don't want to be here|last post|goodbye everyone|
        not to tell|don't tell|dont tell|our secret|our little secret|presents|necklace|
        new phone|new phones|picked up|older men|older lads|older boys|different cars|
        following|followed|taking photos|taking pictures|filmed|filming|pants down|
        sold|selling her|selling him|meet him|meet her|meet them|meeting up|arranged to meet
        in the car|strapped in|on her own|on his own|by himself|by herself|walks himself|
        walks herself|hasn't been home|hasnt been home|not been home|missing|no heating|
        no food|not allowed to eat|threatening to share|share his messages|share her messages
        sextortion|pays them|temper|scared of|terrified of|won't go home|wont go home""",
    "disclosure": """told me|told my|said her|said his|says her|says his|says he|says she|
        who do i tell|who do i|what do i do|should i tell|who should|report it|report a|
        is it normal|is it ok|is that allowed|asking for a friend|hypothetically|
        the school needs to know|should the school know|i'm worried|im worried|worried about|
        who do i call|who do i speak""",
    "extremism": """hitler|nazi*|sieg heil|heil|88|14 words|white power|race war|jihad*|caliphate|
        isis|martyr*|infidel*|kafir*|kuffar|national action|remigration|replaced|replacement|
        breivik|uprising|by any means necessary|arm yourselves|7/7|holocaust|zog|white nation
        patriot*|homeland|soldiers of|fighters|our race|the brothers|brothers in
        take our country back
        take our schools back|the west will burn|the first to go|white genocide|great replacement
        jihadi*|mujahid*|sharia|crusade|race traitor*|white pride|blood and soil|ethnostate
        edl|britain first|combat 18|atomwaffen|al-qaeda|al qaeda|taliban|hamas|hezbollah|
        proscribed|behead*|infidels|kuffar|deport them all|final solution|14/88|1488
        traitor*|day of the rope|defend europe|islamis*|islamiz*|invaders|white teen*|
        white youth|incel*|direct action|holy war|apostate*|generation identity|
        patriotic alternative|race mixing|degeneracy|globalist*|zionist occupied|
        join us|join the movement|we train|get involved|the cause|war is coming|
        allah will reward|reward it|revenge|accelerat*|the system will fall""",
    "group": """immigrant*|foreigner*|muslim*|islam*|jew*|jewish|black|blacks|gay|gays|lesbian*|
        trans|transgender|traveller*|travellers|gypsy|gypsies|pole|poles|polish|romanian*|
        chinese|asian*|pakis|women|woman|girls|disabled|boats|turban|hijab|refugee*|migrant*|
        asylum|dads|two dads|two mums|race|white|autistic|eastern european*|pakistani*|indian*
        african*|arab*|romanian|catholic*|christian*|hindu*|sikh*|mosque|synagogue|feminist*
        blonde|female|females|males|foreign|bisexual|lgbt*|queer|wheelchair*|special needs|
        hijabi*|burqa*|burka*|headscarf|niqab|brown|mixed race|zionist*|diverse|diversity|
        english|british""",
    # Derogation of a group (hate needs this or a slur; a group word alone is a mention):
    # generalising ("their lot", "typical", "all the same"), dehumanising, exclusion.
    "derogation": """your kind|their kind|these people|them people|that lot|their lot|them lot|
        typical of|typical|all the same|all like that|they're all|theyre all|they all|
        go back|send them back|sent back|own country|not welcome|don't belong|dont belong|
        shouldn't be allowed|shouldnt be allowed|should be banned|ban them|ban their|kick them out
        get rid of them|keep them out|not a family|perverts|mentally ill|dirty|smell|stink*|
        don't wash|dont wash|vermin|animals|like dogs|put them down|breed*|infest*|invad*|
        swarm*|flood*|taking over|take over|not racist but|no offence but|can't handle|
        never can|can't be trusted|cant be trusted|always about|behind the|free everything|
        scroungers|sponging|groomers|paedo*|predators|degenerate*|subhuman|savages|
        primitive|backward|hormonal|belong in the kitchen|at home with|convert|recruit*|
        push their|agenda|indoctrinat*|not natural|unnatural|disgusting|overrun|drain on|
        special treatment|in their nature|not our culture|our culture|third world|get out|
        learn english|can't trust|cant trust|only got|diversity hire|woke|lifestyle|
        monkey*|apes|the only good|only good|should be sacked|what's next|whats next|
        ruin*|ruining|bringing their|their crime|cry racism|play the race|can't do|cant do|
        should stick to|stick to|real man|needs a good|probably|always get|those people|
        the rest|another one|let them|letting them|all these|too many|wake up""",
    "spam": """dm me|inbox me|link in bio|check my|check out my page|click|free|win|winner|prize|
        earn*|crypto|bitcoin|forex|invest*|returns|subscribe|follow for follow|giveaway|whatsapp
        passive income|per day|a day from home|from home|voucher|selected|verify|singles|
        likes|followers|testimonials|signals|guaranteed|widow|hacked|recovery|www|http|https|
        bit.ly|tinyurl|.com|.net|.biz|.shop|💰|add me|want friends|new here|looking for friends
        to the moon|buy now|ethereum|dogecoin|nft*|airdrop|dm for|hot singles|lonely|
        sugar daddy|claim your|claim now|limited time|act now|reward|share to win|
        just click|tap the link|👉|🚀|💋|😘""",
    "commercial": """£|book now|pm me|message me|message for|prices|rates|available|spaces|
        donate*|donation*|sponsor*|gofundme|justgiving|selling|for sale|sale|discount|% off|
        off with|brochure|bookings|insured|from £|half price|trial|order|handmade|personalised|
        tutor*|lessons|hire|rep|opening|business|shop|salon|bakery|photographer|inbox""",
    # Sarcastic praise: praise words used to complain ("oh brilliant, another inset day 🙄").
    "sarcasm": """oh brilliant|oh great|oh lovely|oh fantastic|great another|brilliant another|
        lovely another|thanks a lot|thanks for nothing|cheers for that|cheers for nothing|
        🙃|🙄|really?|seriously?|yeah right|as usual|surprise surprise|what a surprise|
        who thought|whoever thought|genius idea|genius move|great idea not|well done for|
        love how|love that we|just what we needed|just what i needed|because that makes sense
        top marks for|gold star for|clearly|obviously|apparently|not|another|again|
        amazing how|funny how|interesting how|lovely how|brave of you|very brave|
        congratulations on|well done on|thanks for the|cheers for the|so glad|😂""",
    "complaint": """not good enough|disappointed|disappointing|shocking|disgrace*|appalling|
        again|still waiting|still no|nobody|no one|noone|unacceptable|ridiculous|joke|rubbish|
        poor|useless|fed up|sick of|third time|second time|three times|🙄|not happy|unhappy|
        not impressed|shambles|chaos|awful|terrible|worst|incompetent|ignored|never|why|
        refund|complaint|complain*|no reply|no answer|no response|thanks for nothing|
        not acceptable|not ok|not fair|expected better|embarrassed|hypocrite*|favouritism
        surely|who can afford|how many more|how many times|is it too much to ask|too much to ask
        would it kill|how hard is it|how hard can it|what's the point|whats the point|
        who thought|who decided|who signed off|no notice|short notice|last minute|
        not enough notice|obscene|extortionate|rip off|rip-off|cancelled|cut|cuts|
        gutted|freezing|leaks|broken|still broken|waste of money|on hold|no one answers|
        nobody answers|can't get through|cant get through|removed my|deleted my""",
    "praise": """well done|thank you|thanks|brilliant|amazing|fab|fabulous|lovely|proud|star|
        best|great|wonderful|fantastic|superb|beautiful|stunning|gorgeous|congratulations|
        congrats|so lucky|above and beyond|love|loved|awesome|excellent|kind|caring|
        welcoming|top job|bravo|👏|❤️|😍|🥰|⭐|💙|🙌|🎉|x|xx|xxx|buzzing|good luck|
        you've got this|youve got this|10/10|ten out of ten|deserves an award|deserve an award
        a riot|blew the roof|raised the roof|a credit to|credit to|shout out|shoutout|
        hats off|thank u|ty|💪|🏆|🥇|💛""",
    "insult_soft": """useless|pathetic|waste of|disgrace|clown*|joke|liar|coward|spineless|
        lazy|vile|smug|nasty|thick|brain*|snake|bully|psycho|witch*|creep*|loser*|ugly|
        fat|fraud|two faced|sheep|madam|dictator|bitter|hateful|worthless|parasite*|
        scrounger*|prat|weirdo|miserable|sad|pathetic little|shut up|shut your|get a real job|
        crawl back|nobody likes|no life|excuse for|personality|goldfish|idiot*|moron*|
        muppet*|numpt*|halfwit*|imbecile*|laughing stock""",
    "health": """adhd|autism|autistic|asd|medication|medicated|diagnosed|diagnosis|nits|head lice
        sen|send|ehcp|dyslexia|dyslexic|epilepsy|epileptic|diabetes|diabetic|allergy|allergic
        asthma|inhaler|therapy|therapist|camhs|mental health|depression|anxiety|eating disorder
        on the register|social worker|foster*|care order|excluded|exclusion|suspended|police record
        pregnant|std|hiv|prison|jail|arrested|divorce|custody|hospital|rehab|in care
        lives at|her address|his address|home address|born on|date of birth""",
    "first_name": """oliver|olivia|george|amelia|harry|isla|noah|ava|jack|mia|leo|ivy|arthur|lily
        muhammad|mohammed|mohammad|freya|oscar|florence|charlie|sophia|jacob|emily|thomas|ella
        henry|grace|james|willow|william|poppy|alfie|evie|theo|isabella|joshua|sophie|archie
        daisy|ethan|ruby|lucas|chloe|max|jessica|isaac|millie|finley|maisie|reggie|zainab|aisha
        ibrahim|kacper|jayden|tommy|stanley|summer|hope|kai|arlo|zara|layla|amir|ali|omar|hamza
        ayesha|fatima|maryam|yusuf|adam|ryan|liam|kyle|dylan|callum|connor|megan|holly|katie
        bethany|lauren|amber|jade|paige|leah|niamh|erin|caitlin|aiden|mason|logan|riley|harley
        tyler|bradley|kayden|lacey|tilly|elsie|nancy|rosie|esme|phoebe|matilda|imogen|harriet
        sienna|scarlett|ellie|abigail|hannah|bella|luna|aria|nova|ezra|rory|reuben|albie|frankie""",
    "person_ref": """teacher|teachers|head|headteacher|deputy|mrs|mr|miss|ms|sir|she|he|her|him
        woman|man|lady|bloke|staff|receptionist|governors|senco|ta|you|you lot|mum|dad|mother
        father|person|human being|excuse for a|head of year|principal|caretaker|dinner ladies""",
    "thing_ref": """school|response|system|communication|organisation|app|website|lunches|food
        uniform|shop|car park|parking|trip|letter|email|emails|office|homework|policy|rules
        report|reports|toilets|heating|building|reply|handling|decision|process|admissions
        menu|arrangements|notice|phone|refund|club|clubs|results|timetable|playground""",
    "second_person": """you|your|you're|youre|u|ur|yourself|you lot|you all|ya""",
    "question_start": """what|when|where|who|how|which|is it|is there|is the|are the|are you|
        are they|do they|do we|do i|does|can i|can we|can someone|can anyone|could|will there
        will the|has anyone|any update|anyone know|does anyone|should i|should we""",
}

FEATURE_NAMES = tuple(GROUPS)


def _entries(spec: str) -> list[str]:
    """Entries are separated by `|` or line breaks."""
    chunks = (" ".join(c.split()) for c in spec.replace("\n", "|").split("|"))
    return [c for c in chunks if c]


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    index: dict[str, set[int]] = {}
    for number, spec in enumerate(GROUPS.values()):
        for entry in _entries(spec):
            index.setdefault(entry, set()).add(number)
    for entry, groups in index.items():
        prefix = entry.endswith("*")
        word = entry.rstrip("*")
        automaton.add_word(word, (len(word), prefix, tuple(sorted(groups))))
    automaton.make_automaton()
    return automaton


def _boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not text[i].isalnum()


def cue_counts(norm_text: str) -> list[int]:
    """How many entries of each group occur in `norm_text` (normalised, lower case)."""
    counts = [0] * len(GROUPS)
    for last, (length, prefix, groups) in _automaton().iter(norm_text):
        start = last - length + 1
        word_like = norm_text[start].isalnum() and norm_text[last].isalnum()
        if word_like and not _boundary(norm_text, start - 1):
            continue
        if word_like and not prefix and not _boundary(norm_text, last + 1):
            continue
        for group in groups:
            counts[group] += 1
    return counts
