# ruff: noqa: E501  (one comment a line, as people write them)
"""Templates for the team's own labelled set of school-page comments (see gen_comments.py).

Each group is a set of labels and one template a line. Slots in braces are filled by
gen_comments.py: {teacher} (a member of staff, named from the register or not), {staff}
(always named from the register), {child}, {kid} (a child's first name), {surname},
{year}, {event}, {age}, {phone}, {email}, {address}, {url}, {day}, {subject}, {thing},
{person} (an adult who is not staff), {money}.

The voices are those of UK parents and carers on a primary or secondary school's
Facebook page. Hard cases sit in the groups where a careful moderator would put them:
sharp complaints are `complaint`, insults without swearing are `abuse`, figurative violence
is `praise` or nothing, disclosures phrased as questions are `safeguarding` and `question`.
"""

from __future__ import annotations

GROUPS: list[tuple[tuple[str, ...], str]] = [
    # ---------------------------------------------------------------- abuse (no swearing)
    (("abuse",), """
{teacher} is a useless waste of space
that teacher is a useless waste of space
{teacher} is a nasty piece of work and everyone knows it
what a pathetic excuse for a headteacher
{teacher} is as thick as two short planks
honestly {teacher} is a vile smug little man
you lot are a bunch of clowns
{teacher} needs a personality transplant, miserable old cow
who hired this idiot
the head is a spineless coward and a liar
{teacher} is a disgrace of a human being
shut up and do your job you lazy lot
she is a bully and a snake, nobody can stand her
pathetic. the lot of you. morons running this place
{teacher} is fat and lazy and the kids laugh at her behind her back
crawl back under your rock {teacher}
nobody asked for your opinion you muppet
{teacher} has the brain of a goldfish
get a real job you parasites
{teacher} is a horrible excuse for a woman
what a clown. how is he still in a job
this school is run by halfwits
you are a laughing stock and so are your staff
{kid}'s mum is a complete psycho and a liar
the dinner ladies are a bunch of miserable old witches
the PE teacher is a creepy loser
{teacher} is ugly inside and out
you are all brainless sheep
that receptionist is a jumped up little madam with an attitude problem
{teacher} you are a joke and a fraud
typical {teacher}, two faced and thick
honestly what a bunch of numpties
the new head is a power mad little dictator
{teacher} is a hateful old bag
the governors are spineless yes men, every single one
you should all be ashamed, you are worthless
look at the state of her, no wonder the kids don't listen
{teacher} is an arrogant prat
shut your mouth {teacher}
the teachers here are lazy scroungers who get paid for nothing
{teacher} is a moron
{person} you are a sad pathetic little woman with no life
keep crying {person}, nobody likes you
he's a weirdo and a loser, look at him
what an absolute idiot
{teacher} is thick as mince
the office staff are a bunch of gossiping hyenas
dumbest teacher in the country
she has the personality of a wet lettuce and the brains to match
go away {teacher}, nobody wants you here
{teacher} is a nasty bitter woman who hates children
utter imbeciles
you are clueless morons the lot of you
"""),
    # ---------------------------------------------------------------- abuse (swearing)
    (("abuse",), """
this school is a f*cking joke
{teacher} is a total d1ckhead
sh1t school with sh1t teachers
f.u.c.k this school and everyone in it
what a load of bollocks
piss off with your stupid rules
utter sh*te from start to finish
the head is a c**t
bunch of tw@ts
you lot are fuuuuucking useless
stfu nobody cares
{teacher} can go to hell
absolute bellends the lot of them
who the f**k decided this
get f***ed
what a bunch of a$$holes
fcuk off
{teacher} is a stupid b*tch
f u c k off {teacher}
shut the f up
what a prick
fking muppets
bullsh1t as usual
{teacher} you absolute wanker
this place is a sh!thole
sack the lot of them the useless pr*cks
eat sh*t
go f yourself
{teacher} is a lying cow and a tw*t
fuk this
sod off
stupid bloody idiots
who gives a sh1t
kiss my arse
{teacher} is a knobhead
what a bunch of tossers
ffs you lot are thick
fuckin clowns
you're all c*nts
"""),
    # ---------------------------------------------------------------- abuse + complaint
    (("abuse", "complaint"), """
third time this week the bus has been late, absolute f*cking shambles
sort your sh1t out, {child}'s homework hasn't been marked since september
the office is run by idiots, they lost the form AGAIN
b*stards kept {child} in at lunch again for nothing
£40 for a trip that got cancelled and no refund, thieving gits
another inset day?? you lazy f*ckers are always on holiday
the lunches are sh*t and cost a fortune
{teacher} is a useless cow, she has lost {child}'s reading book three times
nobody in that office has a brain cell, still waiting on my refund
what a f*cking joke, nobody answers the phone
the new uniform rules are b0llocks and you know it
absolute morons changing pick up times with a day's notice
"""),
    # ---------------------------------------------------------------- complaint
    (("complaint",), """
third time this term the office has got it wrong
This is the second time {child}'s reading book has gone missing. Not good enough.
Absolutely disgraceful communication from the school again. We found out about the trip the night before.
Nobody answers the phone in the office. Ever.
Shocking. Waited 40 minutes in the rain at pick up because nobody told us the gate had changed
Oh brilliant, another inset day with a week's notice 🙄 thanks for that
Great organisation as always 🙄 nobody knew where to go
I have emailed {teacher} three times and still no reply
the lunches are cold and the portions are tiny, not acceptable for what we pay
{child} was sent home for wearing the wrong shoes, ridiculous when half the school wear trainers
{money} for a school trip with two weeks notice is not ok for a lot of families
still waiting for the refund for the cancelled trip, it has been 6 weeks
the car park is a death trap at pick up, someone will get hurt
I am really disappointed with how {child}'s complaint has been handled
The homework app hasn't worked for a fortnight and nobody seems to care
{teacher} has marked {child} absent three days running when he was in school. Sort it out please
clueless. absolutely clueless. the left hand doesn't know what the right is doing
this is the worst run school my kids have been to and we have moved a lot
it's a joke that we have to pay to park at the school fair
Can't believe they've cancelled {event} AGAIN. The kids were so looking forward to it
Not impressed that the uniform has changed again, do you know how much blazers cost
there is never any sensible communication, it's always a last minute scramble
The new one way system at drop off is chaos and dangerous for little ones
Rubbish. {child} has been on the same reading band since Christmas and no one can tell me why
Very poor response to my complaint. I expected better.
I raised this with the governors a month ago and heard nothing back
{teacher} was really dismissive when I raised my concerns at parents evening
The office staff were rude to me on the phone this morning
Really unhappy that {child} was left out of the team again with no explanation
If this isn't sorted by friday I'm going to Ofsted
I will be taking this further, I have already contacted my solicitor
the communication from this school is appalling
another letter home on the day of the event, how are working parents supposed to manage
{teacher} shouted at {child} in front of the whole class, I'm not happy about it
12 weeks into term and still no parents evening, shocking
the toilets are filthy and the kids are scared to use them
absolute shambles at {event} today, no seats, no programme, no organisation
disgusting that children are kept in at break for talking
you've changed the date of {event} three times now, some of us have jobs
the school website hasn't been updated since 2022, useless
I'm fed up of chasing the office for basic information
why do the same kids get picked for everything? favouritism
the behaviour in {year} is out of control and nothing is being done
sorry but this is not good enough, we deserve better
the headteacher should be embarrassed by these results
Joke of a system. Paid for dinners and {child} got a sandwich
I'm sick of the constant requests for money
Disappointed again. Clubs cancelled with no notice and no refund
The after school club is a shambles, nobody knew {child} was there
{child} came home with someone else's coat and his own has vanished, third time this half term
it took 3 weeks to get a reply about {child}'s SEN support, unacceptable
can't believe how badly the admissions appeal was handled, incompetent from start to finish
the snow closure message came out at 8:45, most of us were already at the gate. useless
Thanks for nothing. Still no answer on the bus pass.
{teacher} keeps giving homework that nobody in the class understands, it's not fair on the kids
staff parking on the zig zags every morning while telling parents off for it, hypocrites
no hot water in the toilets all winter, would you accept that at your work?
the way the school treats SEN families is a disgrace
awful. just awful. {child} was in tears at pick up again and nobody noticed
very poor. the reports were full of mistakes and someone else's child's name
i'm not being funny but the dinner menu is beige food every day
honestly the worst parents evening system ever, 3 minute slots and they all ran late
the school has ignored every email I've sent about the bullying
The class dojo messages go unanswered for days
pathetic response from the school about the broken heating
nobody told us about the nits letter until half the class had them
"""),
    # ---------------------------------------------------------------- complaint + question
    (("complaint", "question"), """
Why has nobody replied to my email from last {day}?
why are we only hearing about this now??
how is it acceptable that {child} has had supply teachers for six weeks?
when exactly are you going to fix the leaking roof in {year}?
why was {child} left standing outside in the rain at pick up?
can someone explain why the trip money still hasn't been refunded?
who decided it was a good idea to have {event} on a weekday morning?
what is the point of the app if nobody reads the messages?
is anyone actually going to do something about the parking?
why does the office never pick up the phone?
how many more times do I have to ask for {child}'s report?
is it too much to ask for a week's notice?
why do we have to find out everything from other parents?
seriously, what is going on with the lunches?
how can the school justify {money} for a coat with a logo on it?
why was my son's medication not given at lunchtime again?
"""),
    # ---------------------------------------------------------------- question
    (("question",), """
What time does {event} start?
is it non uniform on {day}?
Do they need a packed lunch for the trip?
When is the deadline for the secondary school applications?
hi does anyone know if breakfast club is running tomorrow
Will there be a livestream of {event} for grandparents?
how do I top up dinner money on the app
is the school open tomorrow with the snow?
What do they need to bring for world book day?
Can siblings come to the disco?
Who do I speak to about after school club places?
Are the photos going to be online or do we have to buy them?
Sorry if I've missed it but when do we break up for half term?
Where is lost property kept?
any update on when the new climbing frame will be ready?
Is there parking at the leisure centre for the swimming gala?
Do reception need PE kits yet?
Has anyone found a blue lunchbox with a dinosaur on? left on the field
What's the best email to contact {teacher} on?
does {child} need to bring anything for the farm visit
how much are tickets for {event}
Is there a waiting list for nursery places in September?
what time is pick up on the last day of term?
Can we pay for the trip in cash?
do they need wellies for forest school tomorrow?
is {event} still going ahead if it rains?
Does anyone know which door {year} come out of?
how do I book a slot for parents evening?
When will the {year} class photos be ready?
who is {child}'s teacher next year, do we find out before summer?
Is the uniform shop open on saturdays?
Can anyone tell me what the spelling words are this week?
hi what's the dress code for the leavers disco?
Do you still need volunteers for {event}?
how long is the swimming course?
Is the flu spray this {day}? I haven't had a letter
what are the term dates for next year?
where do we drop off the food bank donations?
Does this include nursery?
Can grandparents come to the assembly?
Are the children allowed to bring in sweets for their birthday?
Anyone know if the school accepts tax free childcare for wraparound?
Will there be a coach or do we need to drop them off?
Is {teacher} back next week?
what reading band should a {age} year old be on?
Where can we buy the PE hoodie?
How do I get a copy of the newsletter? Not on the email list
Is there anything we can do at home to help with times tables?
what's the phone number for the office?
Is {subject} homework due monday or tuesday?
Are you still collecting crisp packets for recycling?
Does {year} have PE on mondays or wednesdays now?
Do I need to fill out a new medical form for {child}'s inhaler?
When do the after school clubs start again?
Can {child} bring a friend to {event}?
"""),
    # ---------------------------------------------------------------- praise
    (("praise",), """
Well done to {teacher} and the {year} team, what a show!
Thank you {teacher} for everything this year, {child} has loved being in your class x
Amazing photos, looks like they had a brilliant time
So proud of our school 💙
the kids absolutely smashed it today!!
{year} slayed it at the concert 👏👏
best sports day ever, thanks to all the staff
what a fab idea, {child} came home buzzing
{event} was a triumph, I cried my eyes out
Killer costumes at the halloween disco 😂🎃
Massive thanks to the PTA for all their hard work
{teacher} is an absolute star ⭐
the teachers here go above and beyond, we're so lucky
Lovely to see the children so happy
that's brilliant news, congratulations to the football team
{child} has come on leaps and bounds this year, thank you all
You lot knocked it out of the park with the Christmas fair
The children's artwork is stunning!
fair play to the kitchen staff, Christmas dinner was class
gorgeous photos 😍
Brilliant trip, {child} hasn't stopped talking about it
{teacher} is the best teacher ever!! 🥰
Couldn't ask for a better school
the choir killed it tonight, goosebumps!
What a brilliant assembly, well done everyone
Thank you so much for looking after {child} when she was poorly today
Proud mum moment right here ❤️
absolutely brilliant, the kids did you proud
huge thank you to {teacher} for the extra support this term, it has made such a difference
Congratulations to all the {year} pupils on their results!
that was sick!! well done lads
wow what a team, so proud
Just wanted to say how welcoming everyone has been since we joined
brilliant news about the Ofsted report, well deserved
lovely message, thank you
the nativity was fabulous, the little donkey stole the show
thank you to all the staff who gave up their weekend for the trip
{kid} was beaming when she came out, thank you {teacher}
such a kind and caring school
you can tell how much the staff care, thank you
loved every minute of {event}!
Awesome job {year}!! 🔥🔥
those kids were on fire today
the football team murdered the opposition 5-0, brilliant 😂⚽
thank you for the lovely newsletter, really useful
aww this is so lovely 😭❤️
that play was a total knockout, well done to the cast
Top job everyone 👍
brilliant communication this week, thank you
"""),
    # ---------------------------------------------------------------- figurative, no label
    ((), """
I could murder a coffee after that drop off
my feet are killing me after sports day
that cake was to die for
break a leg tonight {year}!
the mums race was a bloodbath haha
dying 😂😂
I'm going to kill {kid} if he loses another jumper 😂
the bake sale was carnage, all gone in ten minutes
shot out the door this morning and forgot the PE kit 🙈
this heat is killing me
the traffic was murder this morning
my son is going to smash his spelling test tomorrow
I nearly died laughing at the photos
we'll be there with bells on
my daughter is going to kill me for sharing this 🙈
the kids will go mad for this
Tagging {person}
My daughter's the one in the red coat!
ok thanks
noted 👍
Thanks for letting us know
👍
Gutted we missed it, poorly little one at home
It's freezing today, wrap them up warm
happy half term everyone!
{kid} has lost his first tooth today haha
teachers deserve better pay
the government needs to fund schools properly
Don't forget the PTA raffle tickets are on sale at the gate this week!
PTA cake sale on {day}, all money goes towards the {year} leavers trip
Non uniform day tomorrow for a £1 donation to Children in Need
Uniform swap shop in the hall on {day}, free to all families
{person} look, it's {kid}!
Just seen this
see you all there
we'll be there!
That's my boy at the back 😂
Reminder: the PTA quiz night is on {day}, tickets from the office
i remember doing this when i was at school here
Same here, we got the letter today
Haha that's brilliant
fingers crossed for good weather
{kid} is so excited for tomorrow
we loved the pumpkin carving
the sponsored walk raised over £2000 for the new library books, thank you everyone
my lot are still in their pyjamas
love this
yes we had ours yesterday
Ours came home with a letter about it yesterday
"""),
    # ---------------------------------------------------------------- safeguarding + question
    (("safeguarding", "question"), """
is it normal for a {age} year old to be left home alone all weekend?
my friend's kid says her step-dad hits her, who do I tell?
what do I do if a child told my daughter that her uncle touches her?
my son's friend keeps turning up hungry and says there's no food at home, should I tell someone?
Who do I speak to if I think a child in {year} is being hurt at home?
a girl in {child}'s class has bruises on her arms every week, is anyone looking into it?
someone is messaging {year} girls on snapchat pretending to be 12, what should we do?
is it ok that my son's friend sleeps in the car with his mum most nights?
my friend's daughter is 13 and seeing a 19 year old, should the school know?
asking for a friend, what happens if you tell the school a child is being hit at home?
hypothetically if a kid said her dad locks her in her room at night who should she tell?
is it normal for a {age} year old to be walking home alone at 10pm every night?
who do i report it to if a teacher is messaging a pupil on instagram at night?
my neighbour's kids are screaming every night and I can hear him hitting them, who do I call?
how do I report a man who keeps hanging around the school gates filming the children?
should I be worried that a grown man keeps offering {child} lifts home?
my daughter keeps getting asked for photos by someone she met on roblox, what do I do?
is it normal that {kid} is only ever given dry bread for lunch and looks so thin?
does anyone know who the safeguarding lead is? I'm worried about something a child said to me
what do you do when a child tells you they don't feel safe at home?
is it normal for a {age} year old to be left to look after her baby brother overnight?
if a pupil said they were being made to sleep in the shed would the school do anything?
my son says an older boy at the park made him do things he didn't want to, who do I talk to?
how can I report a parent who turns up drunk to collect a reception child every day?
a kid in {year} told mine her mum's boyfriend hurts her, do I tell the school or the police?
"""),
    # ---------------------------------------------------------------- safeguarding statements
    (("safeguarding",), """
{child} told me a man at the park offered her sweets to get in his car
my daughter said she wants to kill herself and I don't know what to do
my son has been cutting himself and says it's because of what happens at school
there's an older lad hanging round the gates giving the kids vapes and asking for their numbers
I'm really worried about the little boy next door, he's always out on his own at 11pm
{kid} said her mum's boyfriend locks her in her room
my ex threatens me when he drops the kids off and I'm scared for them
one of the dads was filming the children in the changing rooms at swimming
my 10 year old was sent a disgusting video from a stranger on tiktok and he is terrified
the kids next door have no heating and no food, their mum's never there
a child in {child}'s class says her dad hurts her mum
{child} is being bullied every day and said he doesn't want to be alive anymore
someone is selling drugs to kids by the back gate after school
I think a girl at the school is being groomed, a man who isn't family picks her up
she told me she's scared to go home because her dad gets drunk and angry
{child} came home with marks on her arm and says a grown up at breakfast club did it
{teacher} grabbed {child} by the neck and pushed him against the wall
{teacher} keeps messaging my 14 year old daughter on snapchat late at night
a lady at the bus stop keeps telling the kids to come to her house
my daughter's friend says she has to sleep on the floor because there's no bed and she's always hungry
the boy in {year} with the bruises said his brother burns him with a lighter
{kid} has been starving herself and hiding it, I'm frightened
there's a man in a white van parked by the school taking pictures of the kids
my son was shown porn on a phone by older kids on the bus
I found messages on my son's tablet from an adult telling him to keep it secret
a {age} year old was left in the car outside the pub for two hours yesterday
he hits us and says he will take the kids if I tell anyone
my stepson says someone at football touches him and he doesn't want to go any more
i don't feel safe at home and neither do my kids
the children at number 4 are covered in sores and never washed
{kid} told me she's been sent home on her own to an empty house every day this week
a child in {year} told mine she is going to run away because of what her uncle does
my daughter is self harming and the school needs to know
someone is blackmailing my son online with pictures, he is 12
"""),
    # ---------------------------------------------------------------- threat
    (("threat",), """
I'll be waiting for {teacher} at the gate tomorrow, she won't know what hit her
if anyone touches my son again I will smash their face in
someone should burn that school to the ground
watch your back {teacher}
I know where you live {teacher}
keep it up and see what happens to your car
I'll come down there and sort you out myself
next time I see that kid's dad I'm going to knock him out
I'm going to make your life hell, you won't sleep
you'll regret this, mark my words
I swear down if he's in detention again I'll be in there swinging
{teacher} better pray I don't see her in Tesco
I will bring a bat next time
gonna wait outside for that teacher and give her a slap
I'll post your address online and let everyone know what you did
there's a bomb in the school, see you monday
you won't be smiling when I'm done with you
I'm coming for you {teacher}, count your days
one more word and I will put you in hospital
I'll find out where you park and you'll pay for it
if my daughter gets excluded I'm burning the place down
someone needs to teach {teacher} a lesson she won't forget, and I will
I'm going to break his legs
you and your family better watch out
we know which car is yours
I'll be outside the school with my brothers at 3:15, let's see how tough he is then
I will end you
"""),
    # ---------------------------------------------------------------- threat + abuse
    (("threat", "abuse"), """
I'll smash your f*cking face in {teacher}
touch my kid again and I'll kill you, you piece of sh1t
I'm coming down there to kick the sh*t out of that b*stard
you're dead meat you pr*ck
i'll stab the next c**t who looks at my daughter
"""),
    # ---------------------------------------------------------------- threat + safeguarding
    (("threat", "safeguarding"), """
that child needs a slap and if nobody does it I will
if that kid hurts my son again I'll deal with him myself and he won't walk
the boy who did this better hide because I'm going to find him after school
"""),
    # ---------------------------------------------------------------- spam
    (("spam",), """
Make £500 a day from home!! DM me to find out how 💰
Check my profile for a free iPhone giveaway
Bitcoin investment with 300% returns guaranteed, message Mrs Jenkins on WhatsApp
I was sceptical but Mr Charles changed my life with forex trading, contact him now
follow for follow 🔥
subscribe to my channel plz
Click here to claim your prize {url}
hot singles in your area 😘 {url}
who wants to earn from home? inbox me
Amazing offer!!! Cheap Ray-Bans 80% off {url}
your page has violated our community standards, verify your account here {url}
Great post! check out my page for more
I have made £3k this month trading, ask me how
Selling followers cheap, 1k for £5
Congratulations you have been selected for a £1000 Tesco voucher, click {url}
earn money online easily no experience needed {url}
I recovered my hacked account thanks to @recoverypro, message them
💰💰💰 crypto signals group join now {url}
Hello dear, I am a widow looking for a honest friend, message me
Want more likes? visit {url}
get paid to watch videos, link in bio
invest £250 and get £2500 in 7 days, testimonials on my page
I've found a way to make passive income, DM me 'INFO'
win a free holiday, just like and share this post and visit {url}
my cousin makes £900 a week working from her phone {url}
"""),
    # ---------------------------------------------------------------- commercial
    (("commercial",), """
If anyone needs a reliable cleaner I have spaces, pm me, reasonable rates
Dave's Plumbing, no job too small, call {phone}
Kids tutoring available, maths and English, all ages, message me
Please donate to my sponsored walk for Cancer Research, link in bio
Can everyone sponsor {child}'s football team, we need new kits {url}
New nail salon opening on the high street, 20% off with this code!
Anyone need uniform name labels? I make them, £5 for 50
Party bags and balloon arches for all occasions, check out my page
Avon rep here, new brochure out, message for a copy 💄
my daughter is raising money for her gap year, any donations welcome {url}
selling pre-loved uniform, size 7-8, £3 each, collection only
Free trial class at Little Kickers this {day}, book now!
Holiday club at St Mark's, £25 a day, book through our website
Dog walking and pet sitting in the village, fully insured, message for prices
Please share! My bakery does birthday cakes to order, check out the page
Forest school holiday sessions, spaces left, book at {url}
Anyone want to buy raffle tickets for my gym's charity night? £2 a strip
Handmade school bags and book bags, personalised with your child's name, £12
PLEASE donate to help my sister's family after the fire {url}
local driving instructor with availability, first lesson half price
taking bookings for kids' parties, bouncy castles and soft play hire
need a photographer? family shoots from £49, inbox me
Maths tutor, qualified teacher, GCSE and 11+ prep, {phone}
Selling Frozen costume worn once, £8, message me if interested
Swimming lessons for 4-11 year olds, new term starting, book now
"""),
    # ---------------------------------------------------------------- personal info
    (("personal_info",), """
her number is {phone} if anyone wants to tell her what they think
{kid}'s mum can you ring me on {phone}
my number is {phone}, text me about the lift share
He lives at {address}, go and ask him yourself
email me at {email} for the party invite list
lost dog near the school, please call {phone}
{kid} {surname} in {year} has nits, just so everyone knows
{kid} {surname} in {year} was born on 12/03/2016 if anyone wants to send a card
the family at {address} never cut their hedge and it blocks the path
my ex's new number is {phone}, call him and tell him to pay up
{person}'s email is {email}, bombard her
if you found {child}'s coat please drop it round to {address}
here is the dad's mobile {phone}, he won't answer the school
can the mum who had my son's jumper contact me at {email}
{kid} {surname} has ADHD and is on medication, that's why he's like that
the boy who did it is {kid} {surname}, he lives at {address}
contact me on {phone} about the car share rota
Whoever has the blue Corsa, your lights are on, registration AB12 CDE, you live at {address} I think
pm me or ring {phone} after 6
i'm at {address} if anyone has the spare PE kit
"""),
    # ---------------------------------------------------------------- personal info + staff
    (("personal_info", "threat"), """
{teacher}'s home address is {address}, let's pay her a visit
found out where {teacher} lives, {address}, see you soon
"""),
    # ---------------------------------------------------------------- hate
    (("hate",), """
go back to your own country
too many foreigners at this school now, you can't hear English in the playground
women shouldn't be running schools
the p@ki kids are the problem
muslims are ruining this country and now they are running our schools
the gay agenda being pushed on our kids is disgusting, they're all perverts
no wonder the results are bad with all these immigrant kids dragging them down
typical woman, can't make a decision
{teacher} only got the job because she's black
those gypsy kids should be in a different school away from ours
trans people are mentally ill and shouldn't be anywhere near children
disabled kids hold everyone else back, lock them away in special schools
they should never have let a man in a turban teach our kids
the poles and romanians are taking all the places
send them all back on the boats
that retard in {year} shouldn't be in a normal school
two dads? that's not a family, it's sick
why is there a f*ggot teaching my kids
the chinese kids all smell
black kids are always the trouble makers, everyone knows it
girls are too emotional to do science, stop wasting time on them
jews run everything including the school board
he's a dirty immigrant and so is his dad
nobody wants your kind here
stop letting the travellers in, they steal everything
the school is full of these people now, can't even tell it's England
lesbian teachers shouldn't be allowed near little girls
"""),
    # ---------------------------------------------------------------- extremism
    (("extremism", "hate"), """
join the movement, our race is being replaced, wake up
hitler had the right idea about people like that
the only solution is a race war and it's coming
14 words. white kids need protecting from this multicultural poison
sieg heil 88
the holocaust never happened, teach our kids the truth
every patriot parent needs to stand up, remigration starts in our schools
death to the infidels who teach our children lies
white power ✊ time to take our schools back
"""),
    (("extremism",), """
glory to the martyrs, jihad is the only way
National Action did nothing wrong, support them
the West will burn and our brothers will see to it
ISIS are the only ones who tell the truth
we need to take our country back by any means necessary, the time for talking is over
our children should be learning to fight for the caliphate, not singing carols
join our patriotic youth group, we train the lads to defend the homeland, link in bio
the 7/7 bombers were heroes
the government is the enemy, arm yourselves
Breivik was a hero and a patriot
follow the real teachings, the brothers in Syria need fighters
teach our boys to be soldiers of the white nation
the attacks were justified, they deserved it
"""),
    (("extremism", "threat"), """
the school will be our next target if they keep teaching this filth
people like you will be the first to go when the uprising comes
"""),
]

# Comments that name the staff register's people in kind and friendly ways (staff_mention only).
STAFF_NEUTRAL = """
{staff} is back on {day}
Is {staff} running the club this year?
{staff} said the forms are due friday
please pass my thanks to {staff}
has anyone got an email for {staff}?
"""

# ------------------------------------------------------------------- second batch of voices
GROUPS += [
    ((), """
lovely to see {kid} in the photo
my two are in the back row haha
we're off to the seaside for half term, see you all after
which one is yours?
oh bless them
can't believe how much they've grown since september
they look so grown up in their new uniform
happy christmas to all the staff and families
Good luck to everyone starting {year} tomorrow
Just a heads up the road by the school is closed tomorrow for roadworks
Shared with the grandparents
Saving this for later
That's the one I was telling you about {person}
{person} did yours get the letter about the trip?
we had chickenpox last week, all better now
my daughter wants to be a teacher now after this
Happy Friday everyone
remember the clocks go back this weekend
there's a lost cat on Station Road if anyone recognises it
Dropping the cakes in tomorrow morning
same as last year then
we're going to try and make it
first day nerves in our house this morning
they've been talking about it all week
what a cold morning for it
raffle prizes can be dropped at the office all week
book fair is in the hall after school on {day}
bags2school collection is on {day}, leave your bags by the gate
save the date, leavers disco is on the 18th July
flu letters went out today in book bags
the year 6 cake sale is back next week
FYI the zebra crossing lights are out again
my son still talks about this trip years later
good luck in your SATs {year}
we'll be cheering from the sidelines
"""),
    (("complaint",), """
honestly it's chaos every morning at the gate and nobody on the door
two weeks and nobody has called me back about the incident
the dinner money system charged me twice and the office just shrugged
the pick up arrangements for the trip were a mess, kids waiting an hour
really let down by how the school handled the bullying, nothing has changed
I have asked three times for a meeting with the head and been fobbed off every time
not one single email about the change of teacher, we found out from the kids
the homework is pitched way too high, half the class can't do it and it's causing tears at home
the school never follows through on anything it promises
we were promised a phone call from the SENCO in September, it's now December
kids being punished for the actions of a few, whole class lost golden time again
I'm disgusted at how my son's injury was dealt with, no call, no note, nothing
the uniform shop is always out of stock and the prices keep going up
so once again the working parents are ignored, 2pm finish with a day's notice
can't get through on the phone, emails bounce back, this is hopeless
forty quid for a disco that lasted an hour, sorry but that's taking the mick
still no reading books sent home this term
the school's response to the flooding in the playground has been pathetic
they've cancelled swimming again and we still paid for the full term
it's always the same story, nobody takes responsibility
I've had enough of the excuses from the office
our complaint was closed without anyone speaking to us
apparently the rules only apply to some children
the level of disorganisation this term is unbelievable
the trip letter said one thing and the teachers said another, which is it
five weeks with no PE because the hall is being used for storage, not right
"""),
    (("question",), """
Hi, will the photos from the trip be on the app?
does the after school club run on inset days?
Is the disco for all years or just KS2?
are parents invited to the leavers assembly?
What time should we collect them from the coach?
Hi is there a list of what they need for residential?
Is the school shut on the Monday after the bank holiday?
can you pay for the uniform online?
do we need to send in a costume or will the school provide one?
Are they doing the christmas jumper day this year?
when do the Y6 SATs results come out?
who do I ask about changing my daughter's lunch option?
do you know if there's a tour for new reception parents?
how do I sign up for the PTA?
where should we wait at pick up now the side gate is shut?
what's the password for the homework site?
when's the next parents evening?
Is the trip still going ahead tomorrow with the weather warning?
Can someone remind me what day library books go back?
are packed lunches allowed to include a chocolate bar?
is there a breakfast club on the first day back?
hi, do the kids need to bring money for the ice cream van on sports day?
anyone know if year 5 have swimming this half term?
How early can we drop off for the trip?
"""),
    (("praise",), """
thank you for organising such a special day, the children had a ball
the staff were amazing with {child} today after his fall, thank you for the call
honestly the best decision we made was choosing this school
we are so grateful to {teacher} for all the help with {child}'s reading
what a lovely community we have
the photos made my day, thank you for sharing
what a talented bunch, the art exhibition was incredible
so impressed with how the school handled the snow day, clear and quick
thanks for the quick reply this morning, sorted in minutes
massive well done to the netball girls, unbeaten all season!
our daughter is so happy here, thank you all
bravo {year}, the assembly was hilarious and so well rehearsed
the new library looks absolutely fantastic
you have all worked so hard this term, have a well deserved break
a brilliant start to the year, thank you {teacher}
really proud of how the kids raised money for the food bank
{teacher} you are a legend
that's what I call a school trip! 😍
a big thank you from all of us
the kids were absolutely buzzing after the science show
"""),
    (("safeguarding",), """
a little girl has been coming to school in the same dirty clothes for weeks and always asks my son for food
there's a man who sits in his car by the playground every afternoon watching the children
my son says a boy in his class is being beaten at home, he showed him the marks
I'm worried about a mum at pick up, she's always got bruises and her kids look terrified of the dad
a year 8 girl is being shared around in pictures on whatsapp, it needs dealing with
some older boys are making the younger ones carry packages for them after school
my niece told me her teacher asked her to keep their chats a secret
the twins in {year} have been left at home alone while mum works nights
a child on our street is out every night until midnight and never seems to eat
my daughter has been talking to an adult man on discord who sends her gifts
{kid} keeps saying she wants to die and is hurting herself
a dad at the school gate was drunk and threw his little boy into the car
I saw a child with a black eye today and he said his dad did it
my son was approached by a man asking him to come and see his puppies
someone keeps sending my 11 year old messages asking her to meet up
a friend's child has told me she is being sexually abused by a relative
there are kids at the park being sold vapes and weed by an adult
my neighbour's child says she is not allowed to eat until her stepmum gets home at 9
"""),
    (("safeguarding", "question"), """
is it normal that a teacher gives a child lifts home on his own and buys him presents?
should I say something about the child who always has bruises and flinches when his mum shouts?
what do we do about a kid who says she's scared of her dad's friend who stays over?
who do I call about a child who keeps being sent to school with no coat or food in winter?
is it ok that my son's 15 year old cousin is sending him videos of self harm?
how do I tell the school my ex has been turning up drunk and shouting at the children?
is it normal for a 6 year old to be walking to school alone across the main road every day?
"""),
    (("threat",), """
do that again and you'll be picking your teeth up off the floor
if I see him near my daughter again he won't walk away
tell that teacher to watch herself, I know what car she drives
I'm going to get him after school and he'll be sorry
see you at 3 o'clock, you and me outside
I'll be in that office tomorrow and someone is getting hurt
if the head doesn't sort it, I'll sort him out myself
I'm gonna batter the kid's dad when I see him
keep pushing me and I'll torch your car
you'd better hope I never find out where you live
"""),
    (("abuse",), """
{teacher} is a nasty little jobsworth who gets off on power
honestly {teacher} looks like she's been dragged through a hedge, no wonder the kids don't respect her
you lot couldn't organise a drink in a brewery, pathetic morons
{teacher} is a waste of a salary and a waste of oxygen
the head is a smarmy little weasel
{person} you are a vile excuse for a mother
what a bunch of brainless jobsworths
{teacher} is thick, lazy and rude, shouldn't be teaching
the office women are a bunch of gossiping cows
nobody likes you {teacher}, the whole playground laughs at you
"""),
    (("spam",), """
EARN £££ working from home, no experience needed, message me now
I lost 2 stone in a month with this tea, link in my bio
Free Nando's vouchers for the first 100 people {url}
click the link to see who viewed your profile {url}
she made £4000 from home last month, find out how {url}
CONGRATS! You have won an Amazon gift card, claim it here {url}
looking for 5 mums who want to earn extra from their phone, DM me
sub4sub anyone?
"""),
    (("commercial",), """
new mobile hairdresser in the area, kids cuts £8, message me to book
anyone need a childminder? ofsted registered, spaces from september
selling my son's old bike, perfect for a 7 year old, £30 ono
Please sponsor me for the London marathon, every pound helps {url}
I run a small cake business, happy to do orders for birthdays
Reading and phonics tutor with spaces for next term, message for rates
our charity shop is looking for donations and customers, 20% off this week
Buy raffle tickets for my son's football club, great prizes, £1 a ticket
"""),
    (("personal_info",), """
{kid} {surname} from {year} is in hospital with a broken arm, send her your love
the girl who started it is {kid} {surname}, her mum is {person}, look her up
{kid} {surname}'s dad has just been sent to prison, that's why she's been off
I'll be at {address} from 5 if anyone wants to collect the costumes
my email's {email} if you want to swap numbers for the party
{person}'s mobile is {phone}, she organises the minibus
you can reach me on {phone} any time about the lost coat
{kid} {surname} in {year} is autistic, that explains a lot
"""),
    (("hate",), """
we don't want any more foreigners here, this is an English school
typical muslims, always demanding special treatment
I don't want my son taught by a gay man
women teachers are too soft, we need men in charge
keep your religion out of our school, go back to where you came from
these immigrants don't even try to speak English
"""),
]

# ------------------------------------------------ third batch: the criticism / abuse line
GROUPS += [
    (("complaint",), """
the new parking system is a joke
the communication from the office is pathetic
honestly the lunches are a disgrace
that homework app is useless
the way this was handled is a total farce
the school's response has been pathetic, nobody has even called
the reports this year were lazy and generic
what a shambolic way to run a trip
the new uniform policy is ridiculous and expensive
this is the most disorganised sports day I've ever seen
the pick up system is a complete mess
the after school club booking is a nightmare every single term
the decision to cancel the residential is a disgrace
the behaviour policy is a joke, it's not applied to everyone
the office's attitude on the phone is really poor
the head's letter about term dates was unclear and badly timed
the handling of my son's accident was careless
sorry but the standard of marking in {year} has been really poor
the heating has been broken for weeks, the kids are freezing in class
we've had three different teachers this year, the kids are unsettled and it shows
"""),
    (("abuse",), """
the head is a joke and so is everyone who works for her
{teacher} is pathetic, an embarrassment to the profession
{teacher} is useless, a total waste of a human
what a pathetic little man {teacher} is
{teacher} is a disgrace and a liar and everyone knows it
you are all a joke, a bunch of clueless clowns
the receptionist is a rude ignorant cow
{teacher} is a two-faced snake who should be sacked
{person} is a vile woman, stay away from her and her feral kids
{teacher} is a creepy weirdo
"""),
    (("threat",), """
I'm going to wait for him after school and he won't be walking home
tell {teacher} she'd better not be in the car park on her own tonight
anyone who goes near my kid again is getting stabbed
I'll make sure {teacher} never works again and that her family suffers
you'll find out what happens when you mess with my family
i'll put a brick through the office window
one more phone call like that and I'm coming in with my brothers
"""),
    ((), """
the kids will be shattered after this
I'd kill for a lie in this weekend
you've outdone yourselves this time haha
ready for battle at the uniform shop sale 😂
the PTA mums are on fire this year 🔥
that's a killer line up for the talent show
my lot are going to murder these cupcakes
they were fighting over who got to carry the banner haha
"""),
]

# ----------------------------------------------------------- fourth batch: thin labels
GROUPS += [
    (("threat",), """
if you exclude my son I'll be waiting for you in the car park
mark my words, {teacher} is going to get what's coming to her
someone's going to get a smack if this carries on
we're going to come down to the school and make you pay
you won't see it coming {teacher}
next time it won't just be words
I'm bringing a knife to parents evening
wait till my husband gets hold of you
"""),
    (("commercial",), """
Cleaner available Mon to Wed, £15 an hour, references available
Mobile beautician, nails and lashes, book through my page
Anyone interested in children's books? I'm a local seller, message me for the catalogue
Our soft play centre has 2 for 1 entry this half term!
Christmas mini photo sessions £35, limited slots, inbox to book
Please help us raise £5000 for our daughter's operation, any donation helps {url}
Ironing service with collection and delivery, very reasonable prices
Coding club for kids starting next month, first session free, sign up on our website
"""),
    (("spam",), """
Want to know the secret to earning 5k a month? Comment YES
Your parcel could not be delivered, reschedule here {url}
Join my team and work from your phone, only 3 spaces left!!
Free crypto airdrop, connect your wallet at {url}
Hey! I love your page, message me for a collaboration 💕
Check out my new video, link in bio 🔥🔥
I can get you 10k followers overnight, DM me
"""),
    (("hate",), """
send the asylum seekers back, our kids come first
I don't want my daughter sharing a classroom with those refugee kids
girls can't do maths, stop pretending they can
all these muslims should be kicked out of our schools
black people are just less intelligent, the results prove it
these gypsy families are all thieves
"""),
    (("complaint",), """
I've had to take another day off work because of your late notice, not on
the car park gate was locked again at pick up and we were stood there for 20 minutes
we still haven't had the photos we paid for in June
the school trip was poorly organised from start to finish
the portions at lunch keep getting smaller while the price goes up
No reply to my email about the bus again. Very frustrating.
it's unacceptable that we only heard about the lockdown drill after it happened
"""),
]

# ------------------------------------------------------- fifth batch: more voices per label
GROUPS += [
    (("abuse",), """
honestly who let this woman near children, she is an absolute embarrassment
{teacher} is a smug, arrogant know-it-all and nobody can stand him
hope you're proud of yourselves, you spineless lot
the head is a gutless little worm
you people are a disgrace to the human race
{teacher} thinks she's better than everyone, stuck up snob
get back in your box {person}, nobody asked you
he's a bully in a suit, that's all the head is
what a bunch of sheep, no backbone between you
imagine being as dense as {teacher}
{person} you are a nasty gossip and a troublemaker, everyone sees through you
you're all as bad as each other, a pack of liars
{teacher} has the emotional intelligence of a brick
the so called teachers at this school are a bunch of lazy parasites
{person} crawl back to whatever hole you came out of
"""),
    (("praise",), """
a massive shout out to the office team, always so helpful
we feel so lucky to have found this school
the transformation in {child} since september is incredible, thank you
really impressed with the new reading scheme, {child} loves it
such a warm welcome at the open evening, thank you
outstanding effort from everyone involved, what a night
hats off to the staff for giving up their evenings for the play
{teacher} deserves a medal for that trip
brilliant work year 6, we're all so proud of you
can't thank you enough for all the support this year
the staff have been amazing with us through a really tough time
"""),
    (("complaint",), """
it's been a month and my son still hasn't got a locker, it isn't right
why does every letter come out at 9pm the night before, so inconsiderate
the school has completely ignored my concerns about the class sizes
we were charged for a club that never ran and no one will refund it
really poor that there was no one on the gate and the kids just wandered out
the heating in the mobile classroom has been broken since november
constant staff changes in {year} are affecting the children's learning
you still haven't sent the consent form back for the trip, we've asked twice
the parents evening booking system crashed again, absolute farce
communication about the new behaviour policy has been non existent
"""),
    (("spam",), """
Limited offer! Get a free £50 Amazon voucher, just enter your details {url}
Hi dear, I'm looking for genuine friendship, please message me
Make money while you sleep with this simple app 💸 {url}
I made £600 last week just by sharing links, ask me how!
PROMO: Cheap designer handbags, 90% off today only {url}
Get verified on instagram today, DM for details
"""),
    (("safeguarding",), """
there's a man going round the estate offering the kids money to run errands for him
my daughter's friend turned up at ours at midnight in her pyjamas saying she couldn't go home
I found out my son has been sending pictures to someone who says they're 14 but I don't believe it
the little lad over the road is left to fend for himself, no food in the house and mum is out all night
a pupil told my son that her mum's new partner comes into her room at night
my son came home saying an older boy made him hold a knife in his bag
I'm scared my ex will try to take the children from school, he has threatened it
"""),
    (("safeguarding", "question"), """
what should I do if my child's friend says she is being hurt by her dad?
is it normal for a child to be coming to school with no lunch every single day?
who do I report it to if I think an older teenager is pressuring kids to carry things for him?
should I tell someone if a girl in my son's class says she's too scared to go home?
"""),
    (("extremism",), """
our brothers are fighting for the true faith and our children should be proud to join them
the white race is under attack and our kids are being taught to hate themselves, time to fight back
support the cause, the kuffar schools are poisoning our children
only violence will wake this country up
"""),
    (("threat",), """
if my son comes home with one more bruise I'm going to put that kid's dad through a wall
keep messing me about and you'll be the one needing a first aider
I'll be waiting, and I won't be alone
see how brave you are when I catch you on your own
"""),
    ((), """
anyone else's kids come home starving after PE? mine ate the whole fridge 😂
my son is obsessed with the new class pet now
the nativity costumes are in the post, fingers crossed they arrive in time
first week of term done, we all survived 😅
has been a long week, roll on half term
we're doing the sponsored silence at home too haha
just dropped the forms in at reception
we'll bring the cakes for the sale tomorrow
"""),
]
