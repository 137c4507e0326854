// Word lists for attribution in English news: verbs of saying, titles, outlets, pronouns and the small words around them.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Inflected forms of verbs that introduce or attribute speech. */
export const SPEECH_VERBS = set(`
say says said saying tell tells told telling state states stated stating announce announces announced announcing
add adds added adding warn warns warned warning claim claims claimed claiming argue argues argued arguing
insist insists insisted insisting explain explains explained explaining note notes noted noting remark remarks remarked
comment comments commented commenting declare declares declared declaring confirm confirms confirmed confirming
report reports reported reporting write writes wrote writing tweet tweets tweeted tweeting reply replies replied replying
respond responds responded responding answer answers answered ask asks asked asking urge urges urged urging
describe describes described describing characterize characterizes characterized characterise characterised
accuse accuses accused accusing slam slams slammed slamming criticise criticises criticised criticize criticizes criticized
criticising criticizing praise praises praised praising emphasize emphasizes emphasized emphasise emphasised emphasising
emphasizing stress stresses stressed stressing admit admits admitted admitting acknowledge acknowledges acknowledged
acknowledging allege alleges alleged alleging assert asserts asserted asserting contend contends contended
maintain maintains maintained promise promises promised pledge pledges pledged vow vows vowed predict predicts predicted
estimate estimates estimated suggest suggests suggested indicate indicates indicated reveal reveals revealed deny denies
denied recall recalls recalled continue continues continued conclude concludes concluded disclose discloses disclosed
advise advises advised proclaim proclaimed exclaim exclaimed testify testifies testified concede concedes conceded
propose proposes proposed proposing recommend recommends recommended demand demands demanded mention mentions mentioned
opine opines opined elaborate elaborates elaborated share shares shared refer refers referred pointing call calls called calling express expresses expressed thank thanks thanked quip quipped joke joked shout shouts shouted shouting chant chants chanted chanting yell yells yelled yelling
told announce complain complains complained complaining agree agrees agreed inform informs informed observe observed observes hail hails hailed
condemn condemns condemned caution cautions cautioned reiterate reiterates reiterated clarify clarifies clarified
point points pointed welcome welcomes welcomed label labels labelled labeled dismiss dismissed dismisses
underline underlines underlined reaffirm reaffirms reaffirmed stipulate stipulates stipulated boast boasts boasted
encourage encourages encouraged encouraging instruct instructs instructed instructing request requests requested requesting
assure assures assured remind reminds reminded notify notifies notified
lament laments lamented lamenting counter counters countered retort retorts retorted muse muses mused scoff scoffs scoffed
quips fume fumes fumed brag brags bragged marvel marvels marveled marvelled question questions
questioned wonder wonders wondered
`);

/** Verbs after which an unquoted content clause is reported speech (`said the plan failed`). */
export const CLAUSE_VERBS = set(`
say says said tell tells told state states stated announce announces announced add adds added warn warns warned
claim claims claimed argue argues argued insist insists insisted explain explains explained note notes noted
declare declares declared confirm confirms confirmed report reports reported write writes wrote tweet tweets tweeted
reply replies replied admit admits admitted acknowledge acknowledges acknowledged allege alleges alleged assert asserts
asserted contend contends contended maintain maintains maintained promise promises promised pledge pledges pledged vow
vows vowed predict predicts predicted estimate estimates estimated suggest suggests suggested indicate indicates
indicated reveal reveals revealed deny denies denied disclose discloses disclosed stress stresses stressed emphasize
emphasized emphasised reiterate reiterated reiterates clarify clarified complain complained testify testified
concede conceded propose proposes proposed recommend recommended mention mentioned inform informs informed assure assures
assured remind reminds reminded notify notifies notified
saying adding noting claiming arguing warning stating explaining insisting telling announcing confirming pointing
share shares shared point points pointed underline underlines underlined reaffirm reaffirms reaffirmed remark remarks
remarked emphasise emphasises emphasizes stipulate stipulates stipulated boast boasts boasted
`);

/** Clause verbs that commonly drop `that` (`said the plan failed`); the others need it (`declared that …`, not `declared a state of emergency`). */
export const BARE_CLAUSE_VERBS = set(`
say says said tell tells told add adds added claim claims claimed state states stated warn warns warned note notes noted
argue argues argued insist insists insisted confirm confirms confirmed report reports reported write writes wrote
estimate estimates estimated explain explains explained admit admits admitted acknowledge acknowledged suggest suggests
suggested indicate indicates indicated reveal reveals revealed predict predicts predicted allege alleges alleged assert
asserted maintain maintains maintained announce announces announced tweet tweeted tweets pointing saying adding
pointed underlined underlines reaffirmed reaffirms remarked emphasized emphasised stipulates stipulated informed informs
assured assures reminded reminds notified
`);

/** Verbs of asking or urging, reported with an infinitive (`urged residents to evacuate`). */
export const URGE_VERBS = set(`
urge urges urged urging ask asks asked asking call calls called calling advise advised advises advising encourage
encourages encouraged encouraging instruct instructs instructed instructing request requests requested requesting
`);

/** Verbs of asking that take a clause in the subjunctive, with or without `that` (`urged the ban be lifted`, `recommended residents avoid …`). */
export const SUBJUNCTIVE_VERBS = set(`
urge urges urged urging ask asks asked request requests requested recommend recommends recommended demand demands
demanded propose proposes proposed
`);

/**
 * Verbs of saying whose subject can only be somebody (`the airline said`, `the businessman told`), unlike `suggests`,
 * `shows` or `indicates`, which things do too (`the evidence suggests`).
 */
export const SPEAKERS_ONLY_VERBS = set(`
say says said tell tells told announce announces announced state states stated declare declares declared tweet tweets
tweeted write writes wrote add adds added reply replies replied insist insists insisted claim claims claimed argue argues
argued admit admits admitted acknowledge acknowledges acknowledged testify testifies testified explain explains explained
`);

/** Verbs that take `to say`, whose subject is the speaker (`Schwartz went on to say`). */
export const GOVERNING_VERBS = set(`
went go goes continued continues began begins decided tried tries refused appeared seemed wanted wants used came got
proceeded chose needed took felt declined hastened rushed moved is was has had have were are
`);

/**
 * Speech verbs that stand for the whole attribution when put right after a quote (`"…," said Bash`), in the past and
 * in the present (`"…," declares Acs`, `"…," notes the report`).
 */
export const INVERTING_VERBS = set(`
said says added adds continued continues asked asks replied replies wrote writes explained explains noted notes stated
states declared declares warned warns reported reports tweeted tweets according remarked remarks commented comments
recalled recalls insisted insists answered answers responded responds reads read concluded concludes announced
announces confirmed confirms opined opines elaborated elaborates lamented laments countered counters retorted retorts
mused muses scoffed scoffs quipped quips fumed fumes bragged brags marveled marvels marvelled questioned wondered
wonders pressed
`);

/** What outlets do when they only pass words on: their subject is the via (`TASS reported`, `CNN said`). */
export const OUTLET_REPORTING = set(`report reports reported said says quoted quotes cited cites noted notes wrote writes added told according`);

export const PERSON_PRONOUNS = set(`he she`);
export const GROUP_PRONOUNS = set(`they`);
export const THING_PRONOUNS = set(`it`);
export const FIRST_PERSON = set(`i we you`);

/** Determiners that say whose a noun is (`her closing remarks`). */
export const POSSESSIVE_DETERMINERS = set(`his her their its our my your`);

/** Words that open a noun phrase (`the`, `his`, `several`). */
export const DETERMINERS = set(`the a an his her their its our one another some many several two three other`);

/** Auxiliaries: a phrase reaching one has run into a verb. */
export const AUXILIARIES = set(`is was were are has had have will would could should can may might must did does`);

/** Words between a subject and its verb that change nothing (`Lavrov has also said`). */
export const VERB_FILLERS = set(`
has have had is was were will would also then later earlier previously again further reportedly repeatedly once
later first recently publicly separately subsequently similarly likewise meanwhile already still had just even
initially originally yesterday today not never
`);

/** Words that begin a new clause: a subject never reaches back past them. */
export const CLAUSE_BREAKS = set(`
that and but or while when whereas as because since if though although after before where which so than nor yet
whether until unless once whom whose what how why to for with without by in on at from of into during about against
saying adding according
`);

/** Capitalised words that open sentences without being names. */
export const COMMON_CAPITALS = set(`
the a an in on at according he she they it we i this that these those his her their its our but and or as if when
while after before since meanwhile however notably also earlier later yesterday today tonight there here some many
most several other another both all each every no not one two three four five six seven eight nine ten first last
next new for from by with of to despite during although though because so then thus still yet what who which where
how why speaking asked describing calling adding saying last this my your mr mrs ms whereas
well like yes yeah okay oh initial early
among amongst amid amidst under over following regarding unlike within without across around behind beyond toward towards
upon via per against until throughout
just once maybe perhaps now even only indeed actually finally instead otherwise therefore nobody everyone everybody
someone somebody anyone anybody
is are was were do does did has have had can could will would should shall might must late
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december christmas easter
`);

/** Words that are roles, not names: a run of capitalised words up to the last of them is a title. */
export const TITLE_WORDS = set(`
president vice-president prime minister whip secretary foreign defence defense interior finance health home chancellor
senator sen governor gov mayor judge justice prosecutor attorney general director director-general chief spokesman
spokeswoman spokesperson leader chairman chairwoman chair ceo executive officer commissioner ambassador coach captain
manager professor prof dr doctor king queen prince princess pope lord sir mr mrs ms miss deputy former vice
representative rep congressman congresswoman mp mep speaker editor agent lieutenant colonel sergeant detective inspector
superintendent commander admiral premier candidate member head founder co-founder actor actress singer player striker
defender goalkeeper midfielder half back pilot official analyst researcher scientist economist lawyer author writer
journalist reporter presenter host activist star counsel chancellor emir sheikh ayatollah cardinal bishop archbishop
reverend rev father sister brother dean provost principal superintendent treasurer auditor comptroller sheriff
constable marshal commissioner envoy diplomat consul minister-president first lady gen lt col sgt capt cmdr maj
president-elect nominee chairperson cofounder owner publicist producer director-general tsar czar warden trainer adviser advisor
gm im wgm wim grandmaster master vp
democrat republican administrator
`);

/** Titles and forms of address written short, with a full stop that ends no sentence (`Rep. Bobby Scott`, `Rev. Jackson`). */
export const ABBREVIATED_TITLES = set(`mr mrs ms dr st jr sr gen gov sen rep del rev prof lt col sgt capt maj cmdr adm supt insp det atty`);

/** Honorifics and suffixes that are part of how a name is written but not of the name. */
export const NAME_SUFFIXES = set(`qc kc jr sr mp mep phd md`);

/** Heads of noun phrases naming a body rather than a person (`the Mexican government`). */
export const ORG_HEADS = set(`
government ministry department embassy police council court committee commission agency office authority
authorities service services party army military navy forces union federation association organization organisation
institute university center centre bank board company corporation firm group team club league foundation fund
parliament congress senate assembly cabinet administration media press network station newspaper channel
archive library society church kremlin council tribunal secretariat regime campaign bureau
international watch trust alliance coalition initiative movement front forum nations reserve academy project tank conference convention legislature school college hospital
clinic laboratory observatory museum command
`);

/** Nouns for people that are neither titles nor groups, nor shaped like agents (`the victim`, `a witness`). */
export const PERSON_NOUNS = set(`
victim child children mother father daughter son wife husband woman man teenager student witness resident doctor nurse
teacher officer survivor friend neighbour neighbor relative brother sister parent boy girl driver passenger fan owner
worker employee person people individual source insider aide staff staffer colleague widow widower suspect patient
eyewitness bystander family couple crew youth nun priest monk cleric imam rabbi pastor chef guide pupil cousin uncle
aunt grandmother grandfather niece nephew fiancé fiancée associate advocate delegate graduate roommate classmate teammate
acquaintance clerk scholar expert pilot athlete hostage refugee migrant victim caller tourist diplomat
`);

/** Nouns for groups of people that speak collectively (`officials said`). */
export const GROUP_HEADS = set(`
officials authorities police prosecutors investigators witnesses eyewitnesses activists residents experts critics
analysts scientists researchers doctors lawyers organizers organisers sources observers protesters protestors
officers organizers representatives relatives family families media spokespeople employees workers managers
`);

/** Documents that make claims of their own: their author is the speaker (`a statement from the ministry said`). */
export const DOCUMENT_HEADS = set(`
statement report study release letter post tweet comment message note notice announcement survey paper filing document
website account data figures analysis ruling judgment judgement summary advisory bulletin complaint memo memoir
memoirs book autobiography diary decision verdict indictment lawsuit warning forecast proclamation decree poll transcript
opinion statistics records estimate estimates tally census audit findings assessment
`);

/** News outlets that only report what others said. */
export const OUTLETS = new Set([
	'al jazeera', 'tass', 'cnn', 'bbc', 'bbc news', 'reuters', 'ap', 'associated press', 'the associated press', 'afp',
	'agence france-presse', 'agence france presse', 'xinhua', 'ria novosti', 'interfax', 'sputnik', 'nbc', 'abc', 'cbs',
	'fox news', 'msnbc', 'npr', 'bloomberg', 'politico', 'axios', 'usa today', 'the new york times', 'new york times',
	'the washington post', 'washington post', 'the guardian', 'guardian', 'the independent', 'the telegraph',
	'daily mail', 'the times', 'wall street journal', 'the wall street journal', 'le monde', 'der spiegel', 'yonhap',
	'kcna', 'kyodo', 'nhk', 'al arabiya', 'haaretz', 'the hindu', 'hindustan times', 'times of india', 'wikinews',
	'rolling stone', 'variety', 'the hollywood reporter', 'deadline', 'buzzfeed', 'huffpost', 'vice', 'vox', 'time',
	'newsweek', 'the economist', 'financial times', 'forbes', 'euronews', 'dw', 'deutsche welle', 'france 24',
	'rt', 'cbc', 'abc news', 'cbs news', 'nbc news', 'sky news', 'itv', 'channel 4', 'ani', 'pti', 'ians', 'efe',
	'ansa', 'dpa', 'anadolu', 'anadolu agency', 'irna', 'fars', 'tasnim', 'yle', 'svt', 'nrk', 'rnz', 'stuff',
	'the age', 'the atlantic', 'sydney morning herald', 'the sydney morning herald', 'news.com.au', 'the straits times',
	'pbs', 'cnbc', 'the verge', 'slate', 'rappler', 'abs-cbn', 'gma news', 'al-monitor', 'the hill', 'daily beast', 'the intercept',
]);

/** Time words: a phrase made of them dates an act, it does not name anybody. */
export const TIME_WORDS = set(`
weekend week morning afternoon evening night day year month today yesterday tonight monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november december hours time
`);

/** Nouns that announce an outlet's name (`newspaper The Hindu`). */
export const OUTLET_NOUNS = set(`newspaper daily broadcaster outlet agency channel magazine tabloid paper website broadcaster`);

/** Last words of outlet names: `Hurriyet Daily News`, `Greek Reporter`, `Samoa Observer`. */
export const OUTLET_ENDINGS = set(`
news times post press herald journal tribune reporter observer gazette telegraph chronicle daily agency wire tv
radio magazine review mail express mirror guardian monitor insider today television broadcaster newspaper
sun bulletin inquirer globe sentinel examiner courier dispatch independent online
`);

/** Words that announce a quotation as a title or a label, not as anybody's words (`the so-called "peace plan"`). */
export const LABEL_WORDS = set(`so-called dubbed titled entitled nicknamed styled branded renamed word term phrase slogan hashtag motto headline name designation nickname moniker acronym abbreviation`);

/** Kinds of legal text, whose names (`Second Amendment`, `Clean Air Act`, `Article 50`) are documents, never people. */
export const LEGAL_TEXTS = set(`act amendment section article clause constitution treaty charter statute ordinance directive protocol accord`);

/** Countries, states and provinces: as speakers they stand for their governments (`Iran said`), never for a person. */
export const PLACES = new Set(
	`afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
	barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil britain brunei bulgaria burkina burundi
	cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
	dominica ecuador egypt england eritrea estonia eswatini ethiopia europe fiji finland france gabon gambia 
	germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
	ireland israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
	lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
	mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
	netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
	portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia somalia
	spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
	turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam wales yemen zambia zimbabwe
	us usa uk uae eu prc drc
	alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
	kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
	nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
	ontario quebec alberta manitoba saskatchewan queensland tasmania`.split(/\s+/u),
);

/** Places named in two words or more, besides those a compass point opens (`South Korea`, `West Bengal`). */
export const PLACE_NAMES = new Set([
	'united states', 'united kingdom', 'united arab emirates', 'saudi arabia',
	'sri lanka', 'new zealand', 'costa rica', 'el salvador', 'sierra leone', 'ivory coast',
	'czech republic', 'dominican republic', 'central african republic', 'papua new guinea', 'hong kong',
	'puerto rico', 'new york', 'new jersey', 'new mexico', 'new hampshire',
	'rhode island', 'british columbia', 'nova scotia', 'new south wales',
	'united states of america', 'the united states', 'the united kingdom',
]);
