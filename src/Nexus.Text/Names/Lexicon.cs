namespace Nexus.Text.Names;

/// <summary>
/// Closed word lists the name rules read: titles, honorifics, role nouns, organisation heads and
/// descriptors, document, weapon and event nouns. Lower-case unless stated; frozen and shared.
/// </summary>
public static class Lexicon
{
    /// <summary>Honorifics written as part of South/Central Asian and Arab names; kept inside the name span.</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "Mir", "Hafiz", "Maulana", "Mawlana", "Molana", "Mullah", "Mulla", "Sheikh", "Shaikh", "Haji", "Hajji",
        "Syed", "Sayyid", "Sayed", "Sardar", "Nawab", "Pir", "Qari", "Mufti", "Allama", "Malik", "Khwaja", "Abu");

    /// <summary>Titles before a name, left out of the name span (case as written).</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Ms.", "Prof.", "Gen.", "General", "Lt.", "Col.", "Colonel", "Maj.", "Major",
        "Capt.", "Captain", "Brig.", "Brigadier", "Commander", "Chairman", "Chairperson", "President", "Minister",
        "Senator", "Sen.", "Governor", "Gov.", "Ambassador", "King", "Prince", "Emir", "Amir", "Chief", "Judge",
        "Justice", "Imam", "Sgt.", "Sergeant", "Admiral", "Marshal", "Lieutenant", "Secretary", "Director",
        "Spokesman", "Commissioner", "Inspector", "Superintendent", "Deputy", "Premier", "Sultan", "Mayor",
        "Petty", "Officer", "Advisor", "Adviser", "Envoy", "Spc.", "Cpl.", "Pvt.", "Adm.", "Cmdr.");

    /// <summary>Role nouns that make the named person a leader of the organisation.</summary>
    public static readonly FrozenSet<string> LeaderRoles = Set(
        "chief", "leader", "emir", "amir", "head", "chairman", "chairperson", "chair", "president", "supremo",
        "boss", "director", "commander-in-chief", "ringleader", "founder-leader", "secretary-general", "caliph");

    /// <summary>Role nouns that make the named person a member of the organisation.</summary>
    public static readonly FrozenSet<string> MemberRoles = Set(
        "commander", "coordinator", "operative", "member", "militant", "fighter", "spokesman", "spokesperson",
        "official", "activist", "cadre", "recruiter", "financier", "facilitator", "deputy", "lieutenant", "aide",
        "associate", "officer", "agent", "representative", "envoy", "ideologue", "strategist", "trainer",
        "bomb-maker", "bombmaker", "handler", "courier", "preacher", "cleric", "jihadist", "terrorist", "soldier",
        "chieftain", "minister", "general", "colonel", "major", "captain", "brigadier", "lawmaker", "politician",
        "analyst", "researcher", "fellow", "journalist", "correspondent", "negotiator", "emissary", "loyalist", "insider");

    /// <summary>
    /// Parts of a body a leader may head: "an ISIL gang leader", "the ISKP media chief" lead a part of the
    /// body, so they are its members, not its leaders.
    /// </summary>
    public static readonly FrozenSet<string> SubUnits = Set(
        "gang", "cell", "unit", "battalion", "brigade", "squad", "wing", "branch", "faction", "platoon", "division", "media",
        "propaganda", "finance", "recruitment", "logistics", "field", "sector", "district", "area");

    /// <summary>Whether a word is an ordinal written in digits ("1st", "507th"), as in units' names and ranks.</summary>
    public static bool IsOrdinal(string word) =>
        word.Length > 2 && word[^2..] is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsDigit);

    /// <summary>Whether a word is the numeral after a name that repeats a forebear's ("Charles H. Keating IV").</summary>
    public static bool IsRomanNumeral(string word) => word is "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII";

    /// <summary>Whether a noun names a role in an organisation (leader, member or founder).</summary>
    public static bool IsRole(string word) => LeaderRoles.Contains(word) || MemberRoles.Contains(word) || word is "founder" or "co-founder";

    /// <summary>Nouns for people that are not roles in an organisation but still mark a name as a person's.</summary>
    public static readonly FrozenSet<string> PersonNouns = Set(
        "businessman", "businesswoman", "smuggler", "trader", "merchant", "banker", "dealer", "broker", "middleman",
        "cleric", "scholar", "preacher", "tribesman", "elder", "landowner", "farmer", "driver", "student", "teacher",
        "doctor", "lawyer", "relative", "national", "citizen", "resident", "man", "woman", "son", "daughter", "brother",
        "sister", "cousin", "nephew", "father", "mother", "widow", "wife", "husband", "suspect", "defendant", "detainee");

    /// <summary>Whether a noun marks the name next to it as a person's.</summary>
    public static bool IsPersonNoun(string word) => IsRole(word) || PersonNouns.Contains(word);

    /// <summary>
    /// First words of Arabic, Persian, Urdu and Pashto group names ("Katiba Serma", "Jabhat al-Nusra",
    /// "Hizb ut-Tahrir", "Tehrik-i-Taliban"): a capitalised run that starts with one names an armed group.
    /// </summary>
    public static readonly FrozenSet<string> GroupNameStarts = Set(
        "Katiba", "Katibat", "Kataib", "Kata'ib", "Jabhat", "Harakat", "Harkat", "Hizb", "Hezb", "Liwa", "Saraya",
        "Jaish", "Jaysh", "Lashkar", "Tehrik", "Tehreek", "Tahrik", "Ansar", "Ansaru", "Jund", "Jamaat", "Jama'at",
        "Jamaah", "Jemaah", "Tanzim", "Majlis", "Sipah", "Asa'ib", "Asaib", "Fatah", "Hamas", "Hay'at", "Hayat");

    /// <summary>Last words that make a capitalised sequence an organisation (case as written).</summary>
    public static readonly FrozenSet<string> OrganizationHeads = Set(
        "Movement", "Front", "Army", "Party", "Organization", "Organisation", "Council", "Agency", "Province",
        "Intelligence", "Ministry", "Forces", "Force", "Group", "Brigade", "Brigades", "Battalion", "Corps",
        "Command", "Service", "Services", "Directorate", "Bureau", "Police", "Guard", "Guards", "Committee",
        "Commission", "Authority", "League", "Union", "Alliance", "Network", "Foundation", "Trust", "Society",
        "Association", "Institute", "Institution", "University", "Bank", "Company", "Corporation", "Inc.", "Ltd.", "Jamaat",
        "Tehreek", "Tehrik", "Taliban", "Mujahideen", "Mujahidin", "Brotherhood", "Caliphate", "Nations",
        "Government", "Assembly", "Parliament", "Congress", "Senate", "Cabinet", "Office", "Department",
        "Militia", "Legion", "Regiment", "Division", "Fund", "Trust", "Centre", "Center", "Ansar", "Hezbollah",
        "Hizbullah", "Court", "Tribunal", "Secretariat", "Embassy", "Consulate", "Mission", "Federation", "Navy",
        "Wing", "Squadron", "Board", "Coalition", "Component", "Airmen", "Marines", "Unit");

    /// <summary>Last words that make a capitalised sequence a site, which is a place (case as written).</summary>
    public static readonly FrozenSet<string> FacilityHeads = Set(
        "Airfield", "Airbase", "Base", "Airport", "Dam", "Bridge", "Gate", "Museum", "Mosque", "Palace", "Prison");

    /// <summary>Last words that make a name a place whatever the recogniser reads (case as written).</summary>
    public static readonly FrozenSet<string> PlaceHeads = Set(
        "Sea", "Ocean", "Gulf", "Region", "Valley", "River", "Desert", "Peninsula", "Island", "Islands", "Mountains", "Governorate",
        "neighborhood", "neighbourhood");

    /// <summary>Whether a word is a number written as a word or numeral after a unit's name ("Mobile Unit Two").</summary>
    public static bool IsNumberWord(string word) =>
        word is "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Ten" || IsRomanNumeral(word);

    /// <summary>Words that continue a name across "of" ("Islamic State of Iraq", "Republic of Yemen"), besides organisation heads.</summary>
    public static readonly FrozenSet<string> OfJoiners = Set(
        "State", "Republic", "Kingdom", "Emirate", "Emirates", "People", "Soldiers", "Sons", "Partisans", "Friends",
        "Guardians", "Army", "Bank", "Ministry", "University", "Secretary", "Minister", "Lord", "Duke");

    /// <summary>Common nouns that, after a nationality or country, name an organisation ("Afghan forces").</summary>
    public static readonly FrozenSet<string> CollectiveOrganizations = Set(
        "forces", "force", "authorities", "groups", "militants", "fighters", "factions", "police", "military", "army", "police", "government", "troops", "intelligence",
        "navy", "administration", "ministry", "militias", "militia", "rebels", "insurgents", "separatists",
        "security", "officials", "regime", "establishment", "agencies", "services", "judiciary", "parliament",
        "embassy", "consulate", "diplomats", "leadership", "junta", "opposition");

    /// <summary>Plural nouns for people serving in a state's forces, which after its name are those forces ("U.S. service members").</summary>
    public static readonly FrozenSet<string> ServicePeople = Set("personnel", "soldiers", "sailors", "airmen", "marines");

    /// <summary>Modifiers that may stand between a nationality and a collective noun ("Baloch armed groups").</summary>
    public static readonly FrozenSet<string> CollectiveModifiers = Set(
        "armed", "security", "intelligence", "special", "military", "militant", "government", "state", "border",
        "paramilitary", "federal", "local", "national", "provincial", "regional", "regular", "elite", "separatist",
        "transitional", "interim", "provisional", "opposition");

    /// <summary>Nouns for a state's bodies that name one with "of" and its country ("the Government of Iraq").</summary>
    public static readonly FrozenSet<string> StateBodies = Set(
        "government", "regime", "authorities", "administration", "military", "army", "forces", "police", "parliament",
        "ministry", "judiciary");

    /// <summary>Nouns ending a descriptor before an organisation's name ("the militant group Lashkar-e-Taiba").</summary>
    public static readonly FrozenSet<string> OrganizationDescriptors = Set(
        "group", "organization", "organisation", "agency", "service", "movement", "party", "militia", "outfit",
        "faction", "network", "front", "wing", "affiliate", "branch", "offshoot", "charity", "company", "firm",
        "ministry", "council", "body", "force", "army", "unit");

    /// <summary>Nouns naming documents; a capitalised name after one is a <see cref="EntityType.Document"/>.</summary>
    public static readonly FrozenSet<string> DocumentNouns = Set(
        "dossier", "report", "magazine", "newsletter", "statement", "memo", "memorandum", "document", "cable",
        "letter", "communique", "communiqué", "fatwa", "manifesto", "video", "audio", "recording", "bulletin",
        "publication", "journal", "leaflet", "pamphlet", "book", "assessment", "white paper", "indictment",
        "chargesheet", "charge-sheet", "affidavit", "transcript");

    /// <summary>
    /// Words for weapons in general: they name no kind, and as one graph node they would join every document that
    /// mentions weapons at all, so neither the rules nor the recogniser make a mention of one alone.
    /// </summary>
    public static readonly FrozenSet<string> WeaponsInGeneral = new[] { "weapon", "weapons", "arms" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a kind of weapon, singular and plural.</summary>
    public static readonly FrozenSet<string> WeaponNouns = Set(
        "pistol", "pistols", "rifle", "rifles", "gun", "guns", "handgun", "handguns", "grenade", "grenades", "rocket",
        "rockets", "mortar", "mortars", "missile", "missiles", "ammunition", "bomb",
        "bombs", "explosives", "explosive", "IED", "IEDs", "VBIED", "VBIEDs", "SVBIED", "SVBIEDs", "RPG", "RPGs", "AK-47", "AK-47s", "Kalashnikov",
        "Kalashnikovs", "machine-gun", "landmine", "landmines", "mines", "detonator", "detonators", "vest");

    /// <summary>Nouns that head a named event ("the 2008 Mumbai attacks").</summary>
    public static readonly FrozenSet<string> EventNouns = Set(
        "attack", "attacks", "bombing", "bombings", "massacre", "siege", "war", "offensive", "uprising",
        "insurgency", "coup", "blasts", "blast", "raid", "raids", "assault", "hijacking", "killings", "riots",
        "operation", "conflict", "crisis", "takeover");

    /// <summary>Name-internal connectors of Arabic and South Asian names ("Lashkar-e-Taiba", "Jamaat-ud-Dawa").</summary>
    public static readonly FrozenSet<string> NameConnectors = Set(
        "e", "i", "ul", "ud", "ut", "us", "ur", "al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "bint",
        "abu", "abd", "de", "da", "van", "von", "der", "den", "ben", "wal", "fi", "wa");

    /// <summary>
    /// Capitalised words that begin sentences and headings but are not names: stripped from the start
    /// of a capitalised run ("In April", "According to", "Despite its").
    /// </summary>
    public static readonly FrozenSet<string> CapitalisedFunctionWords = Set(
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "Without", "Of", "To", "And", "But", "Or",
        "Nor", "Yet", "So", "As", "If", "When", "While", "Whereas", "Although", "Though", "Because", "Since",
        "After", "Before", "During", "Following", "Despite", "According", "Amid", "Among", "Between", "Under",
        "Over", "Through", "This", "That", "These", "Those", "It", "Its", "He", "His", "Him", "She", "Her", "They",
        "Their", "Them", "We", "Our", "I", "You", "Your", "There", "Here", "What", "Which", "Who", "Whom", "Whose",
        "Where", "Why", "How", "Some", "Many", "Most", "Several", "All", "Any", "Each", "Every", "No", "Not",
        "Also", "However", "Meanwhile", "Similarly", "Additionally", "Moreover", "Furthermore", "Nevertheless",
        "Instead", "Indeed", "Still", "Then", "Thus", "Hence", "Therefore", "Such", "Both", "Either", "Neither",
        "Other", "Another", "Once", "Now", "Today", "Yesterday", "Tomorrow", "Into", "Onto", "Upon", "Within",
        "Across", "Against", "Toward", "Towards", "Beyond", "Near", "Like", "Unlike", "Whether", "Until", "Unless",
        "Only", "Even", "Just", "Perhaps", "Possibly", "Reportedly", "Allegedly", "Apparently", "Notably",
        "Particularly", "Especially", "Overall", "Finally", "Initially", "Eventually", "Ultimately", "Currently",
        "Previously", "Subsequently", "Recently", "Earlier", "Later", "Externally", "Internally", "Widely",
        "Reflecting", "Central", "More", "Less", "Yes");

    /// <summary>Verbs of saying that make the capitalised run before them a speaker.</summary>
    public static readonly FrozenSet<string> SayVerbs = Set(
        "said", "says", "stated", "states", "asserted", "asserts", "told", "tells", "added", "claimed", "claims",
        "remarked", "denied", "denies", "warned", "warns", "confirmed", "confirms", "admitted", "admits",
        "announced", "announces", "insisted", "insists", "argued", "argues", "noted", "notes", "alleged",
        "alleges", "wrote", "writes", "explained", "declared", "declares", "acknowledged", "revealed");

    /// <summary>Words of place names and regions, which keep a capitalised run from being read as a person.</summary>
    public static readonly FrozenSet<string> GeographicWords = Set(
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
        "Greater", "Valley", "River", "Mountains", "Mountain", "Hills", "Desert", "Sea", "Gulf", "Lake", "Island",
        "Islands", "Peninsula", "Coast", "Strait", "Basin", "Plateau", "Pass", "Corridor", "Asia", "Asian", "Africa",
        "African", "Europe", "European", "America", "American", "Middle", "Near", "Far", "Sahel", "Levant", "Gulf",
        "Street", "Road", "Square", "Airport", "Port", "Camp", "City", "Town", "Village", "District", "Province",
        "Region", "Territory", "Territories", "Border", "Frontier", "Zone", "Agency", "Tribal", "Non", "New", "Old",
        "Saint", "San", "Santa", "Fort", "Mount", "Cape", "Bay", "Day", "Week", "Year", "Times", "Post", "News",
        "Herald", "Daily", "Tribune", "Journal", "Review", "Monitor", "Ally", "Allies", "Nations", "Union", "Affairs",
        "Airfield", "Airbase", "Base", "Dam", "Gate", "Bridge", "Room", "Time", "Tel", "Tell", "Deir", "Dayr", "Jabal", "Jebel", "Wadi");

    /// <summary>Month names, which are times, not names.</summary>
    public static readonly FrozenSet<string> Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
        "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
