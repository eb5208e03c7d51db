ITEMS = [
("e","achievements","O","Well done to our Year 10 boys' netball team – yes, boys playing netball! Apparently it's 2025 and anything goes 🙄🏳️‍🌈",[]),
("k","events","O","Our EAL pupils put on a lovely show of songs from 'back home' – nice to hear them say something we can actually understand for a change 😂",[]),
("s","reminders","OT","Note to the mum in the leggings who argued with Mrs Price at the gate this morning: grow up, love, you're embarrassing your kids.",[]),
("c","reminders","V","Reminder that fidget spinners and slime are banned in class. I've never understood why anyone thought these were a good idea, to be honest!",[]),
("m","events","","Congratulations to Tyler Mitchell and Zachary Allen, who took part in the Moorlands Young Musicians showcase on Thursday evening 🎺",[("Tyler Mitchell","F0081"),("Zachary Allen","F0088")]),
]
