package extract

// Word lists that drive the rules. They are lower-cased; look words up with
// their lower-cased form. Each list says what its words signal.

import "strings"

// A wordSet is a list of words: has tells a word of it. A Go map hashes
// every word asked, and most words asked are in no list (issue 14: the
// maps read by string were 15% of the rules' CPU): a bitmap of the
// list's words by their length and first two and last two bytes, kept
// in the list itself, turns most of them away unhashed, and the map
// (m, which the rules that range over a list read) answers the rest.
// The bitmap has 32 bits a word (512 at least, a power of two), so that
// a large list turns away as many words as a small one. Read-only once
// made.
type wordSet struct {
	bits []uint64
	mask uint32 // the bitmap's bits - 1
	m    map[string]bool
}

// wordSetMinBits is the size of a small wordSet's bitmap; a list has
// wordSetBitsPerWord bits a word at least.
const (
	wordSetMinBits     = 512
	wordSetBitsPerWord = 32
)

// wordSetHash mixes w's length and its first two and last two bytes (a
// word of one byte: that byte four times) into 32 bits, of which a
// wordSet keeps as many low bits as its bitmap needs. (Session 27's key,
// the length modulo 16 and the first and last bytes modulo 32, let the
// two most-asked lists' map read 377,000 words that are not theirs per
// 1,000 generated stories: "president", "office", "energy".)
func wordSetHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	k := uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	return uint32((k * 0x9E3779B97F4A7C15) >> 32)
}

func set(words ...string) wordSet {
	size := uint32(wordSetMinBits)
	for int(size) < wordSetBitsPerWord*len(words) {
		size *= 2
	}
	ws := wordSet{bits: make([]uint64, size/64), mask: size - 1, m: make(map[string]bool, len(words))}
	for _, w := range words {
		ws.m[w] = true
		k := wordSetHash(w) & ws.mask
		ws.bits[k/64] |= 1 << (k % 64)
	}
	return ws
}

// has reports whether w is a word of the list.
func (ws *wordSet) has(w string) bool {
	k := wordSetHash(w) & ws.mask
	return ws.bits[k/64]&(1<<(k%64)) != 0 && ws.m[w]
}

// orgHeads end (or begin) the names of organizations: "Pacific Islands
// Forum", "Commission on Security and Cooperation in Europe".
var orgHeads = set(
	"alliance", "council", "commission", "organization", "organisation", "forum", "ministry",
	"subcommittee", "sub-committee", "directorate-general", "caucus",
	"secretariat", "agency", "fund", "union", "bank", "institute", "institution", "foundation",
	"university", "association", "assembly", "committee", "court", "party", "group", "office",
	"department", "centre", "center", "society", "federation", "league", "movement", "network",
	"corporation", "company", "authority", "board", "parliament", "congress", "senate", "tribunal",
	"mission", "academy", "college", "observatory", "partnership", "coalition",
	"community", "conference", "directorate", "bureau", "service", "services", "commissariat", "chamber", "programme", "program", "facility", "trust", "consortium", "initiative", "organizations",
	"union's", "caucus", "panel", "unit", "school", "hospital", "museum",
	"library", "court's", "agencies", "commissions", "club", "institutes", "front", "delegation",
	"team", "branch", "division", "force", "embassy", "consulate", "navy", "army", "corps", "magazine",
)

// backrefHeads may stand alone after "the" to refer back to an organization
// named earlier in the story: "the Alliance", "the Assembly".
var backrefHeads = set(
	"alliance", "council", "commission", "organization", "organisation", "secretariat", "agency",
	"fund", "union", "bank", "institute", "foundation", "university", "association", "assembly",
	"committee", "court", "group", "office", "ministry", "federation", "league", "forum",
	"authority", "board", "parliament", "tribunal", "mission", "programme", "centre", "center",
	"network", "partnership", "coalition", "movement", "academy", "bureau", "compact", "trust",
	"observatory", "institution", "initiative", "conference", "congress", "senate", "secretariats",
)

// eventHeads end capitalized names of events rather than organizations:
// "8th Global Forum", "Youth Dialogue Exchange Program", "OSCE Ministerial Meeting".
var eventHeads = set(
	"conference", "summit", "meeting", "session", "dialogue", "exchange", "program", "programme",
	"seminar", "workshop", "symposium", "congress", "games", "festival", "week", "day", "year",
	"ministerial", "talks", "consultations", "roundtable", "retreat", "expo", "exhibition",
	"campaign", "process", "declaration", "agreement", "accord", "treaty", "memorandum", "charter",
	"convention", "protocol", "resolution", "plan", "strategy", "agenda", "framework", "report",
	"act", "regulations", "goals", "initiative", "negotiations", "supplemental", "order", "proclamation",
	"directive",
)

// placeHeads end the names of geographic features: "Caspian Sea".
var placeHeads = set(
	"sea", "ocean", "river", "lake", "lagoon", "lagoons", "mountains", "mountain", "island", "islands", "valley", "desert",
	"peninsula", "strait", "straits", "gulf", "bay", "canal", "basin", "plateau", "coast", "delta",
	"province", "region", "district", "county", "oblast", "governorate", "prefecture", "state",
	"territory", "territories", "strip", "bank", "heights", "highlands", "corridor",
)

// placeNouns precede "of X" where X is a place: "the village of Khojaly".
var placeNouns = set(
	"village", "town", "city", "port", "enclave", "region", "province", "district", "capital",
	"island", "islands", "municipality", "state", "republic", "kingdom", "emirate", "county", "oblast",
	"suburb", "outskirts", "town's", "city's", "governorate", "prefecture", "borough", "canton",
)

// titleHeads end a person's title: "Principal Deputy National Security
// Advisor", "High Representative", "Foreign Minister"; with the heads
// written around another with a hyphen (withCompounds).
var titleHeads = set(withCompounds(
	"advisor", "adviser", "secretary", "secretary-general", "minister", "director", "director-general",
	"representative", "envoy", "ambassador", "chairman", "chairwoman", "chair", "chairperson",
	"president", "vice-president", "commissioner", "spokesperson", "spokesman", "spokeswoman",
	"officer", "coordinator", "co-ordinator", "chief", "head", "governor", "mayor", "judge", "prosecutor",
	"rapporteur", "administrator", "chancellor", "general", "king", "queen", "prince", "princess", "emperor", "empress",
	"emir", "sheikh", "pope", "senator", "congressman", "congresswoman", "premier", "speaker",
	"leader", "counsellor", "counselor", "attaché", "consul", "delegate", "negotiator",
	"mediator", "captain", "colonel", "admiral", "commander", "manager", "founder", "co-founder",
	"executive", "ceo", "treasurer", "registrar", "chief-of-staff", "superintendent", "dean",
	"rector", "professor", "sultan", "monarch", "deputy", "laureate", "patriarch", "archbishop",
	"bishop", "cardinal", "imam", "rabbi", "lawmaker", "diplomat", "economist", "expert",
	"secretary-designate", "president-elect", "prime", "vice", "high", "special", "foreign",
	"researcher", "scientist", "analyst", "counsel", "co-chair",
	"co-chairman", "co-chairwoman", "vice-chair", "vice-chairman", "vice-chairwoman", "lady",
	"nominee", "plenipotentiary", "undersecretary", "under-secretary",
	"assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman", "councilmember",
	"alderman", "alderwoman", "sheriff", "secretary-treasurer",
)...)

// withCompounds adds to the heads those written with a hyphen around
// another head ("Vice-Rector", "Co-Director", "Chairperson-in-Office",
// "Ambassador-at-Large", "Minister-designate"): each is a head itself.
func withCompounds(heads ...string) []string {
	all := append([]string(nil), heads...)
	for _, h := range heads {
		if strings.Contains(h, "-") || titleModifiers.has(h) || h == "prime" || h == "high" || h == "lady" {
			continue
		}
		all = append(all, "vice-"+h, "co-"+h, h+"-in-office", h+"-at-large", h+"-designate", h+"-elect")
	}
	return all
}

// diplomaticPosts are a state's offices abroad, named for where they are:
// "the U.S. Embassy in Kazakhstan", "the Consulate in Erbil".
var diplomaticPosts = set("embassy", "consulate", "consulate-general")

// rankWords are military ranks and standings that head no title list
// but stand before the service: "Lieutenant in the United States Navy".
var rankWords = set("lieutenant", "sergeant", "major", "corporal", "commandant", "ensign", "cadet", "veteran", "midshipman", "trooper")

// titleSurnames are title heads that are also surnames: "Senator Angus
// King", "Dr. Amy Bishop".
var titleSurnames = set("king", "queen", "prince", "bishop", "dean", "judge", "cardinal", "pope", "rector",
	"captain", "chancellor", "speaker", "marshal", "sheikh")

// nameSuffixes follow a person's name (generations, degrees, orders),
// written without their periods: "Jr.", "III", "Ph.D.", "Esq.". Alone
// they name no one.
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv", "phd", "md", "ba", "bs", "ma", "ms", "jd", "am", "llb", "llm", "mba",
	"mpa", "mph", "dds", "esq", "obe", "mbe", "cbe", "kbe")

// titleShorthands are titles that news writes in capitals without spelling
// them out first ("PM Meloni", "VP Kamala Harris"); a story that defines
// an acronym of a title ("Principal Deputy National Security Advisor
// (PDNSA)") adds its own.
var titleShorthands = map[string]string{"PM": "Prime Minister", "VP": "Vice President", "FM": "Foreign Minister"}

// degreeWords name academic degrees: "a Bachelor’s degree", "Master of
// Science".
var degreeWords = set("bachelor", "bachelors", "master", "masters", "doctorate", "associate")

// docParts are the parts of a law, treaty or report, numbered: "Title
// 42", "Article 5", "Chapter 11", "Section 232".
var docParts = set("title", "article", "section", "chapter", "annex", "part", "paragraph", "clause",
	"schedule", "appendix", "subsection", "subpart", "division", "amendment", "protocol", "rule")

// titleModifiers may precede a title head inside the title: "Deputy",
// "Principal", "Foreign". They are not titles on their own.
var titleModifiers = set(
	"deputy", "principal", "assistant", "associate", "acting", "interim", "former", "senior",
	"chief", "executive", "special", "high", "foreign", "prime", "vice", "under", "permanent",
	"national", "security", "first", "second", "regional", "general", "managing", "defence",
	"defense", "finance", "interior", "health", "trade", "education", "justice", "energy",
	"environment", "economy", "culture", "youth", "sports", "agriculture", "labour", "labor",
	"transport", "tourism", "development", "affairs", "state", "external", "relations",
	"economic", "political", "humanitarian", "legal", "public", "communications",
	"press", "information", "policy", "programme", "operations", "human", "rights",
	"new", "outgoing", "incoming", "designate", "board", "resident", "staff", "research",
	"outreach", "second", "attorney", "extraordinary", "inspector", "surgeon", "solicitor", "comptroller",
	"postmaster", "ranking", "crown", "goodwill", "cabinet", "subregional",
)

// honorifics precede a person's name and are dropped from it.
var honorifics = set(
	"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
	"h.e", "h.e.", "his excellency", "her excellency", "excellency", "madam", "madame", "mme", "m",
	"sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "amb", "hon", "honorable", "honourable", "rev",
	"cmdr", "cdr", "lcdr",
	"sheikh", "shaikh", "sayyid", "haji", "hajji", "pres", "messrs", "dato", "datuk", "tan", "tun",
	"pehin", "dasho", "ato", "alhaji", "chief", "holiness", "majesty", "baroness",
)

// nationalTitles are offices of a state; with no organization named, their
// holder's organization is the story's country (a PLACE).
var nationalTitles = set(
	"president", "prime minister", "minister", "foreign minister", "ambassador", "senator",
	"congressman", "congresswoman", "chancellor", "king", "queen", "emperor", "empress", "emir", "amir", "sultan", "premier",
	"vice president", "governor", "mayor", "secretary of state", "speaker", "crown prince",
	"national security advisor", "national security adviser", "representative", "spokesperson",
	"first lady", "second lady",
)

// connectors are lower-case words allowed inside a capitalized name
// between capitalized words: "Organization of Turkic States".
var connectors = set(
	"of", "for", "the", "and", "on", "in", "de", "del", "della", "da", "do", "dos", "das", "du", "des",
	"la", "le", "les", "el", "al", "bin", "ibn", "bint", "von", "van", "der", "den", "y", "e", "to",
	"against", "&", "zu",
)

// sentenceOpeners are capitalized at the start of a sentence but are not
// names: they are dropped from the front of a capitalized chunk.
var sentenceOpeners = set(
	"the", "a", "an", "in", "on", "at", "as", "after", "before", "while", "this", "that", "these",
	"those", "it", "he", "she", "they", "we", "i", "you", "our", "his", "her", "its", "their", "my",
	"your", "upon", "within", "since", "during", "today", "yesterday", "tomorrow", "but", "and",
	"also", "however", "between", "each", "every", "finally", "indeed", "clearly", "shortly",
	"when", "where", "what", "who", "how", "why", "if", "though", "although", "because", "under",
	"with", "without", "by", "for", "from", "to", "of", "all", "both", "some", "many", "most",
	"several", "one", "two", "three", "there", "here", "then", "thus", "therefore", "meanwhile",
	"moreover", "furthermore", "yet", "so", "or", "nor", "not", "no", "yes", "over", "about",
	"according", "following", "further", "additionally", "earlier", "later", "last", "next",
	"recently", "now", "once", "again", "instead", "overall", "together", "among", "amid",
	"despite", "until", "through", "throughout", "against", "toward", "towards", "into", "onto",
	"such", "other", "another", "any", "only", "even", "just", "still", "already", "always",
	"never", "perhaps", "please", "let", "do", "does", "did", "is", "are", "was", "were", "be",
	"has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must",
	"called", "named", "titled", "entitled", "dear", "thank", "thanks", "welcome", "congratulations",
	"readout", "statement", "remarks", "press", "release", "update", "note", "read", "see",
	"commending", "honoring", "honouring", "recognizing", "supporting", "expressing", "calling",
	"urging", "condemning", "welcoming", "introducing", "celebrating", "marking", "hails",
	"official", "officials", "organized", "organised", "held", "jointly", "co-organized", "based",
	"madam", "speaker", "chairman", "mister",
)

// ordinalWords are spelled-out ordinals that may start an event name.
var ordinalWords = set(
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "annual", "inaugural", "biennial", "triennial",
)

// futureCues mark a planned event in the words around its trigger.
var futureCues = set(
	"will", "shall", "scheduled", "upcoming", "forthcoming", "next", "planned", "plans", "plan",
	"to be held", "would", "intends", "expected", "set", "coming", "later", "candidacy", "candidate",
	"should", "proposal", "propose", "proposed", "offer", "offering", "offers", "future", "decided",
	"going", "prepare", "preparing", "preparations", "looks", "look", "ahead",
)

// aimCues, before an event's trigger, make it an aim, not a fact: "hope
// to reach an agreement", "work toward holding a summit", "necessary to
// reach an agreement" (after it they are what it aims at: "talks aiming
// to conclude a ceasefire" were held).
var aimCues = set("hope", "hopes", "hoped", "hoping", "aim", "aims", "aiming", "seek", "seeks", "seeking",
	"toward", "towards", "necessary")

// setFilter tells quickly that a word is not in a set, from the lengths
// and the first bytes (modulo 64) of the set's words: a rule that looks
// every token of a story up in a set reads it first (most words have
// another length or first letter than all of the set's).
type setFilter struct{ lens, firsts uint64 }

func filterOf(m map[string]bool) setFilter {
	var f setFilter
	for w := range m {
		f.lens |= 1 << min(len(w), 63)
		if len(w) > 0 {
			f.firsts |= 1 << (w[0] & 63)
		}
	}
	return f
}

// may reports whether w may be in the set: false means it is not.
func (f setFilter) may(w string) bool {
	if f.lens>>min(len(w), 63)&1 == 0 {
		return false
	}
	return len(w) == 0 || f.firsts>>(w[0]&63)&1 != 0
}

// appointVerbs introduce the person appointed: "designated X as ...".
var appointVerbs = set(
	"designated", "appointed", "named", "nominated", "elected", "re-elected", "reelected",
	"reappointed", "re-appointed", "selected", "chosen", "confirmed", "designate", "appoint",
	"appoints", "designates", "names", "nominates", "elects", "name", "nominate", "elect",
	"extended", "extend", "extends",
)

var appointVerbsMay = filterOf(appointVerbs.m)

// speechVerbs introduce a person speaking: "X said", used to find people.
var speechVerbs = set(
	"said", "says", "told", "added", "noted", "stressed", "stated", "declared", "announced",
	"emphasized", "emphasised", "underlined", "highlighted", "urged", "warned", "explained",
	"recalled", "remarked", "observed", "argued", "insisted", "concluded", "welcomed", "praised",
	"thanked", "expressed", "reaffirmed", "met", "visited", "addressed", "called", "asked",
	"wrote", "tweeted", "commented", "lauded", "hailed", "affirmed", "confirmed", "agreed",
)

// creedWords name a faith or a branch of one, or a movement, said of its
// followers as an adjective ("Shia militia groups", "Sunni tribes", "the
// Nazi era") or as a noun ("for Jews, Christians, and Muslims"): alone,
// never a person's surname nor an organization.
var creedWords = set("shia", "shiite", "shi'ite", "shi’ite", "sunni", "muslim", "christian", "catholic", "protestant",
	"evangelical", "orthodox", "jewish", "hindu", "buddhist", "sikh", "alawite", "druze", "yazidi", "coptic", "ismaili",
	"shiites", "sunnis", "muslims", "christians", "catholics", "protestants", "evangelicals", "jews", "hindus",
	"buddhists", "sikhs", "alawites", "yazidis", "copts", "ismailis", "nazi", "nazis")

// namedEventNouns follow a programme's or a campaign's own name in lower
// case: "the Balkan Green Skills programme", "its Young Peacebuilders
// initiative".
var namedEventNouns = set("programme", "programmes", "program", "programs", "initiative", "campaign", "project", "scheme")
