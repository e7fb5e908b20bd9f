/**
 * Common given names across cultures, lower case, for reading a full name typed without capitals
 * ("greg lindahl in accounts", "marcus oyelaran who runs the front desk"). Names that are also everyday words
 * (will, mark, bill, rose, hope, grace, joy, faith, may, june, summer, dawn, pat, sue, rob, jack, max, chase,
 * art, frank, gene, ray, drew, river, autumn, amber, ruby, ivy, hazel, penny, sandy, angel, destiny, hunter,
 * carol, dean, miles, grant, lane, robin, ash, sage, nova, piper...) are left out on purpose: "will power",
 * "grace period", "mark down" are not people. Names of two letters are left out too.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set((
  // English-speaking, long and short forms
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle ' +
  'amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine ' +
  'christine debra rachel carolyn janet catherine maria heather diane julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith ' +
  'megan andrea cheryl hannah jacqueline martha gloria teresa sara madison frances kathryn janice abigail alice julia judy sophia denise doris ' +
  'marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori tiffany vanessa courtney erica erika monica ' +
  'wendy tracy tracey stacy stacey kristen kristin krista tanya tonya sonia sonya jill jillian renee colleen kathy cathy katie kate kaitlyn caitlin ' +
  'liz beth becky jess jessie meg maggie molly sally annie ellie abby jen jenna jenny kim vicky tina gina nina lena dana erin kara tara cara ' +
  'mia ava zoe zoey chloe lily ella leah nora claire alison allison hailey haley riley brooke paige sophie lucy audrey stella violet eleanor ' +
  'harper avery aria camila penelope layla scarlett aubrey addison savannah bella skylar naomi aaliyah elena ariana gabriella madelyn cora ' +
  'adeline gianna valentina isla eliana nevaeh sadie lydia josephine emery delilah arianna vivian kaylee brielle madeline kendra kelsey ' +
  'lindsay lindsey shelby brianna briana bianca alexandra alexa cassandra cassie natasha tamara whitney leslie marissa melanie miranda ' +
  'james robert john michael david richard joseph thomas charles christopher daniel matthew anthony donald steven paul andrew joshua kenneth ' +
  'kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin ' +
  'samuel gregory alexander patrick raymond dennis jerry tyler aaron adam nathan henry zachary douglas peter kyle noah ethan jeremy walter ' +
  'christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel logan alan albert ' +
  'willie elijah wayne randy vincent russell bradley philip phillip eugene louis harry mike dave chris matt dan jim tom steve tony greg jeff ' +
  'nick rick ben sam alex josh jake luke tim ken ron phil pete andy danny joey johnny jimmy tommy bobby marcus derek travis trevor shane ' +
  'brett chad clint cody colin connor conor corey curtis dale darren dustin garrett gavin grady jared jarrett jeremiah joel kurt marshall ' +
  'mitchell neil nolan preston quentin reid seth spencer stuart todd troy wesley zach zack liam oliver lucas owen wyatt carter jackson levi ' +
  'isaac hudson colton landon easton grayson brayden jaxon jace declan silas everett leo theo finn jasper ezra asher aiden jayden caleb ' +
  'elliot elliott jamie casey morgan cameron quinn skyler dakota charlie kai shannon devon kendall taylor alexis jordan riley sasha ' +
  // African American
  'deshawn darnell tyrone jamal malik andre terrell marquis jermaine lamar dwayne reggie keisha latoya tanisha shanice imani jasmine tiana ' +
  'kiara jada monique tamika rashad darius kendrick trevon deandre jalen latasha lakisha ' +
  // Spanish and Portuguese speaking
  'jose juan luis carlos jorge miguel pedro alejandro diego javier manuel francisco fernando ricardo roberto eduardo rafael sergio andres ' +
  'antonio mateo santiago sebastian emilio alberto raul ramon hector guadalupe lupe rosa carmen ana sofia lucia isabel gabriela daniela ' +
  'alejandra veronica adriana marisol yesenia esperanza mariana fernanda ximena beatriz consuelo dolores ines pilar rocio joao thiago ' +
  'gustavo rodrigo felipe leticia camilo julio cesar enrique ignacio joaquin nicolas valeria paola lorena catalina ' +
  // South Asian
  'priya anjali neha pooja ananya aditi divya kavya shreya riya sneha deepa lakshmi sunita rahul rohan arjun vikram amit ravi sanjay suresh ' +
  'ramesh vijay anil arun nikhil karan aarav vivek sameer imran aditya ajay deepak manish rajesh sunil harpreet gurpreet simran ' +
  // Arabic, Persian, Turkish
  'mohammed muhammad mohamed ahmed ahmad omar hassan hussein khalid youssef yusuf ibrahim mustafa tariq karim fatima aisha ayesha zainab ' +
  'mariam maryam leila amira yasmin salma rania dalia nadia farah reza dariush parisa shirin mehmet emre elif zeynep ' +
  // African
  'kwame kofi chidi chinedu ngozi chioma adaeze oluwaseun tunde ayodele femi kemi nkechi emeka obinna kelechi thabo sipho zanele themba ' +
  'lerato amara abena akua chiamaka olumide babajide ' +
  // East and South-East Asian
  'ming xiao ying haruto hiroshi takeshi kenji akira sakura yuna kaito sota minjun seojun jiwoo minji seoyeon jisoo hyun linh minh thao ' +
  'trang huong tuan mei jian yuki ' +
  // European
  'ivan dmitri dmitry sergei alexei olga svetlana irina tatiana katya anastasia yulia oksana nikolai pavel andrei mikhail piotr katarzyna ' +
  'agnieszka marek tomasz klaus jurgen jürgen dieter wolfgang heike sabine ursula petra stefan lukas jonas felix sven lars erik nils anders ' +
  'ingrid astrid sigrid freya henrik bjorn björn pieter sanne pierre jacques francois françois etienne julien mathieu amelie amélie camille ' +
  'sylvie nathalie giulia giuseppe giovanni luca matteo alessandro francesca chiara alessia lorenzo siobhan niamh aoife ciara saoirse ' +
  'seamus eoin cormac fiona callum ewan hamish moshe shira yosef tamar'
).split(' ').filter(Boolean));

/**
 * Everyday words that follow a first name without being a surname ("sam said", "jess tonight", "alex lol").
 * Read after the shared prose-word list (names.ts), so this one holds what chat adds: verbs, nouns, slang.
 */
export const AFTER_NAME_WORDS: ReadonlySet<string> = new Set((
  'lol lmao lmfao omg idk tbh ngl imo btw rn fr smh irl pls plz thx ty tysm ily ikr haha hahaha hehe ugh wow yay aww ok okay yes yep nope nah ' +
  'and or but so too tho though also thanks thank sorry hi hey hello bye congrats welcome sure right exactly totally agreed same true ' +
  'is was are were be has had have does did do will would can could should might must may shall isnt wasnt doesnt didnt cant wont ' +
  'says said tells told asks asked thinks thought knows knew feels felt wants wanted needs needed gets got goes went comes came makes made ' +
  'takes took gives gave keeps kept sees saw seems seemed looks looked sounds sounded seemed posted posts shared shares wrote writes replied ' +
  'answered agreed mentioned explained admitted promised warned called texted messaged emailed invited joined left quit moved stayed ' +
  'tried helped loved hated liked lost won missed cried laughed yelled screamed snapped lied cheated ghosted blocked unfollowed ' +
  'here there now then today tonight tomorrow yesterday again already still just even only always never sometimes often later soon ago ' +
  'please pls too very really totally literally basically honestly seriously definitely probably maybe actually apparently ' +
  'power period down up out off over back around away home work school group class time day week month year night morning evening ' +
  'house car dog cat baby kid kids family friend friends mom dad brother sister son daughter wife husband partner boyfriend girlfriend ' +
  'book books story song music movie show game games team club party dinner lunch breakfast coffee tea beer wine food pizza cake ' +
  'jar cup box bag card cards phone phones text message email post chat call meeting session appointment plan plans idea question ' +
  'point thing things stuff way lot bit kind sort type part side end start rest top bottom front inside outside ' +
  'good bad great nice fine cool sweet kind mean rude funny weird crazy sad happy mad angry tired sick ok alright glad proud sure ' +
  'big small little long short high low hard easy new old young first last next best worst better worse ' +
  'style fashion store shop market street road park city town county state country world church hospital clinic office ' +
  'page interview video videos podcast account profile photo photos pic pics picture selfie thread comment comments channel stream episode ' +
  'article blog album concert tour film series quote quotes meme memes tweet tweets reel reels story stories news fan fans vibe vibes energy ' +
  'ran ate drank slept woke spoke broke chose drove flew fell fought forgot hid hit hurt lent meant met paid put read rode rang sang sat shot ' +
  'shut sold spent stood stole swam swore taught threw understood wore won bought brought caught sent built dug fed led lit sought ' +
  'law rule rules test tests exam grade grades job jobs boss shift shifts rent bill bills money cash loan debt tax taxes ' +
  'self selfharm harm harms cuts cut drinks drink smokes smoke uses use works plays play runs run lives live eats eat sleeps sleep ' +
  'cries cry talks talk walks walk drives drive reads writes write sings sing dances dance cooks cook cleans clean pays pay owes owe ' +
  'buys buy sells sell sends send calls call texts text visits visit misses miss hates hate loves love likes like wants want needs need ' +
  'knows know thinks think feels feel says say tells tell asks ask tries try helps help stays stay leaves leave moves move starts start ' +
  'stops stop keeps keep gets get goes go does do makes make takes take gives give comes come sees see looks look seems seem ' +
  'agrees agree disagrees argues argue fights fight yells yell screams scream laughs laugh smiles smile lies lie cheats cheat ' +
  'ghosts ghost blocks block posts post shares share replies reply answers answer joins join quits quit wins win loses lose ' +
  'wait waits waiting listen listens hear hears watch watches check checks pick picks bring brings hold holds turn turns ' +
  'sucks rocks rules slaps hits bangs kills dies died passed ' +
  'bro dude man girl boy lady sis babe hun honey dear buddy pal mate fam kiddo ' +
  'asap tho though anyway anyways somehow sometimes usually often rarely kinda sorta lowkey highkey deadass legit ' +
  'online offline irl overseas abroad nearby upstairs downstairs outside inside together alone apart ' +
  'birthday wedding funeral party shower graduation reunion anniversary vacation trip holiday holidays weekend ' +
  'mom mum dad parents grandma grandpa aunt uncle cousin sister brother kids baby son daughter wife husband ' +
  'therapist doctor nurse counselor counsellor psychiatrist sponsor coach teacher boss manager coworker roommate neighbor neighbour ' +
  'downtown uptown whether whatever whenever wherever hugs hug xoxo xx wyd hbu wbu tmrw tmr idek yess yesss hii hiii ur pad moment energy ' +
  'vibes behavior behaviour sweetie sweetheart bestie wassup sup appreciate hope def retro rice sponge rock grill secret diet protest ' +
  // places after a first name that is also a city ("austin texas", "madison wisconsin"), and brands ("tim hortons")
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas ' +
  'kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon ' +
  'pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ontario quebec alberta manitoba saskatchewan ' +
  'canada mexico england scotland ireland wales france germany spain italy portugal india china japan korea australia brazil ' +
  'hortons ' +
  'and also everyone everybody someone somebody anyone anybody people guys girls folks all both'
).split(' ').filter(Boolean));
