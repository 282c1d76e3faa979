package org.footprint.analysis.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.normalise.Letters;
import org.footprint.analysis.normalise.NormalisedText;

/**
 * Signals that need the original text's shape (capital letters, digits, punctuation) rather than a
 * word list: names with titles, place, street and school names, street addresses, ages, initials,
 * clock times, durations, mentions. Each has a cheap pre-filter so that most posts never reach a regex.
 */
final class Signals {
  private static final String STREET_SUFFIX = "(?:Road|Rd|Street|St|Drive|Dr|Terrace|Avenue|Ave|Lane|Ln|Crescent|Cres|Close|Gardens|Gdns|Place|Pl|Court|Ct|Way|Grove|Square|Sq|Row|Wynd|Brae|View|Walk|Mews|Loan|Parade|Estate|Park)";
  /**
   * Opens a pattern with a look-ahead at the characters its matches can start with ({@code FIRST_IS + "[A-Z])\\b…"}):
   * the same matches, but {@link Matcher#find} fails at most positions on one character test instead of a word-boundary
   * check and every alternative.
   */
  private static final String FIRST_IS = "(?=";
  private static final String CAPITALISED = "[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?(?![A-Za-z])";
  private static final Set<String> NOT_PLACES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Christmas", "Easter", "Hogmanay", "I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d", "The", "A", "An", "My", "Our", "Your", "Their", "His", "Her", "This", "That", "These", "Those",
      "Twitter", "Facebook", "Instagram", "Snapchat", "WhatsApp", "TikTok", "LinkedIn", "Teams", "Zoom", "Google", "YouTube", "Netflix", "Insta", "Messenger", "Tesco", "Asda", "Aldi",
      "Lidl", "Amazon", "Uber", "Spotify", "Twitch", "Discord", "Reddit", "Threads", "Bluesky", "Mastodon",
      "God", "Lord", "Jesus", "Covid", "Friday's", "Monday's", "Year", "Reception", "Nursery", "Primary", "Secondary", "Key", "Stage",
      "Mum", "Dad", "Mam", "Nan", "Gran", "Granny", "Grandad", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Team", "Work", "Home", "School",
      "Court", "Panel", "Hearing", "Ward", "Unit", "Bay", "Room", "Floor", "Level", "Part", "Section", "Chapter", "Day", "Week", "Night",
      "Morning", "Afternoon", "Evening", "Today", "Tomorrow", "Tonight", "Yesterday", "Happy", "Great", "Good", "New", "Best", "Thanks",
      "Thank", "Well", "Love", "Lovely", "Brilliant", "Amazing", "Everyone", "Anyone", "All", "Some", "Please", "Just", "Also", "And", "But",
      "So", "If", "It", "We", "You", "He", "She", "They", "Me", "Us", "Them", "What", "When", "Where", "Who", "Why", "How", "No", "Yes", "Not",
      "Government", "Council", "Tories", "Tory", "Conservatives", "Labour", "Reform", "Greens", "Police", "Office", "Queen", "King", "Prime",
      "Internet", "News", "Daily", "Times", "Guardian", "Mail", "Express", "Mirror", "Telegraph", "Sun", "Bible", "Bank", "World", "Moon",
      "Premier", "Championship", "Olympics", "Lord's", "Army", "Navy", "Church", "Cabinet", "Commons", "House", "Parliament", "Senate",
      "President", "White", "Left", "Right", "Media", "Press", "Union", "Trust", "Board", "Department", "Ministry", "Apple", "Sky", "Beeb",
      // regulators and agencies: "a Good from Ofsted", "referred to MASH" name no place
      "Ofsted", "CQC", "NMC", "HCPC", "GMC", "SSSC", "Estyn", "Inspectorate", "NHS", "DWP", "HMRC", "CAMHS", "MASH", "LADO", "HR", "RCN", "Unison", "GMB", "Cafcass");
  /** Courts, pitches and the like that end in a street word but name no street. */
  private static final Set<String> NOT_STREET_FIRST = Set.of("Crown", "Family", "Magistrates", "Magistrates'", "Sheriff", "County", "Youth",
      "Supreme", "High", "Tennis", "Food", "Squash", "Netball", "Basketball", "Theme", "Car", "Retail", "Business", "Industrial", "Science",
      "Holiday", "Safari", "Water", "Skate", "Trampoline", "National", "Royal", "Jurassic", "Fast", "Milky", "Happy", "Safe", "Right", "Wrong",
      "Middle", "One", "Two", "No", "Each", "Any", "Every", "Which", "The", "My", "Our", "Your", "This", "That", "A", "An");

  /** Words that end a street or estate name, for the cheap pre-filter before the street patterns run. */
  private static final WordSet STREET_WORDS = streetWords();
  private static final WordSet DURATION_WORDS = new WordSet(List.of("night", "nights", "day", "days", "week", "weeks", "fortnight",
      "fortnights", "month", "months", "weekend", "summer", "holidays", "term"));
  private static final WordSet PLACE_PREPOSITIONS = new WordSet(List.of("in", "at", "on", "near", "from", "around", "outside", "behind",
      "off", "know", "to", "round", "past", "by"));
  private static final WordSet SCHOOL_WORDS = new WordSet(List.of("Primary", "Academy", "High", "School", "Nursery", "College", "Grammar",
      "Infant", "Infants", "Junior", "Juniors", "Secondary", "Prep"));
  /** Capitalised words after a house number that are not house or street names ("at 10 Downing"). */
  private static final Set<String> NOT_HOUSE_NAMES = Set.of("Downing", "Days", "Weeks", "Months", "Years", "Hours", "Minutes", "People",
      "Kids", "Children", "Patients", "Clients", "Pupils", "Families", "Calls", "Visits", "Referrals", "Jobs", "Cases", "Beds");
  private static final Pattern TITLED_NAME = Pattern.compile(FIRST_IS + "[MD])\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][A-Za-z'’-]*");
  private static final List<String> FAMILY_NOUNS = List.of("boy", "girl", "family", "kids", "children", "twins", "brothers", "sisters", "baby", "lad", "lass", "household");
  private static final Pattern FAMILY_NAME = Pattern.compile(FIRST_IS + "[Tt])\\b[Tt]he\\s+(" + CAPITALISED + ")\\s+(?:" + String.join("|", FAMILY_NOUNS) + ")s?\\b");
  /** Pre-filter for {@link #FAMILY_NAME}: its nouns, with and without the -s it allows. */
  private static final WordSet FAMILY_WORDS = new WordSet(FAMILY_NOUNS.stream().flatMap(noun -> java.util.stream.Stream.of(noun, noun + "s")).toList());
  private static final Pattern PLACE_AFTER_PREPOSITION = Pattern.compile(FIRST_IS + "[iaonfbkrtp])\\b(?:(?:in|at|on|near|from|outside)\\s+the|in|at|on|near|from|around|outside|behind|off|know|to|round|past|by)\\s+((?:" + CAPITALISED + ")(?:\\s+" + CAPITALISED + "){0,2})");
  /** "📍 Costa, Meadowhall": a location pin before a capitalised place name. */
  private static final String PIN_EMOJI = "📍";
  private static final Pattern PIN = Pattern.compile(PIN_EMOJI + "\\s*([A-Z][A-Za-z'’&]*(?:[ ,&]+[A-Z][A-Za-z'’&]*){0,4})");
  private static final Pattern STREET = Pattern.compile(FIRST_IS + "[A-Z])\\b((?:" + CAPITALISED + ")(?:\\s+" + CAPITALISED + "){0,2})\\s+" + STREET_SUFFIX + "\\b");
  /** "the Northfield estate", "Kelvin flats": a named estate or block written with a lower-case noun. */
  private static final Pattern ESTATE = Pattern.compile(FIRST_IS + "[A-Z])\\b((?:" + CAPITALISED + ")(?:\\s+" + CAPITALISED + "){0,2})\\s+(?:estate|flats|towers?|scheme|high flats|block)\\b");
  private static final Pattern SCHOOL = Pattern.compile(FIRST_IS + "[A-Z])\\b((?:" + CAPITALISED + ")(?:\\s+" + CAPITALISED + "){0,2})\\s+(?:Primary|Academy|High School|High|Nursery|School|College|Grammar|Infants?|Juniors?|Secondary|Prep)\\b");
  private static final Pattern STREET_ADDRESS = Pattern.compile(FIRST_IS + "[FfNn0-9])(?:\\b(?:[Ff]lat\\s+\\d+[/-]?\\d*,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:" + CAPITALISED + "\\s+){1,3}" + STREET_SUFFIX + "\\b|\\b[Ff]lat\\s+\\d+(?:/\\d+)?\\b"
      + "|\\b[Nn](?:umber|o\\.?)\\s?\\d{1,4}[A-Za-z]?,?\\s+(?:on|in|at)\\s+(?:the\\s+)?(?:" + CAPITALISED + "\\s+){1,3}" + STREET_SUFFIX + "\\b)");
  // "is 15" / "just 6" count only when the number stands alone ("she is 15.", "only 6 and"), not "is 23 families".
  private static final Pattern AGE = Pattern.compile(
      FIRST_IS + "[0-9atriwojnhscpmdlgb,(])(?:\\b\\d{1,3}\\s?-?\\s?(?:year|yr)s?\\s?-?\\s?old\\b|\\baged?\\s\\d{1,3}\\b|\\b\\d{1,2}\\s?-?\\s?(?:weeks?|months?|days?)\\s?-?\\s?old\\b|\\b\\d{1,2}\\s?(?:yo|y/o|yrs?)\\b"
          + "|\\b(?:turned|turns|turning|reached|reaches)\\s1[01]\\d\\b|\\b(?:is|was|turned|turns|turning|only|just|about|around|nearly|almost|he's|she's|hes|shes|client's|patient's|pupil's|mum's|dad's|lad's|girl's|boy's|resident's|lady's)\\s\\d{1,2}(?=\\s?(?:[,.!?;:)]|$|and\\b|today\\b|now\\b|yesterday\\b|tomorrow\\b|this\\b|next\\b|last\\b|but\\b|with\\b|in\\s(?:year|reception|p\\d|s\\d)))"
          + "|(?<=[a-z.]),\\s?\\d{1,2},|(?<=[a-z]),\\s?\\d{1,2}\\s(?=and\\s|but\\s)|\\(\\d{1,2}\\))");
  /** How far an {@link #AGE} match reaches before its first digit ("resident's 9") and after its last ("-years-old"). */
  private static final int AGE_BEFORE_DIGITS = 16;
  private static final int AGE_AFTER_DIGITS = 20;
  /** "Mrs Jones (87)", "a lad (15)": an age in brackets after a name or a person noun. */
  private static final Pattern BRACKETED_AGE = Pattern.compile(
      "(?:\\b[A-Z][a-z'’]{1,20}|\\b(?:boy|girl|lad|lass|baby|son|daughter|mum|dad|man|woman|lady|gent|gentleman|client|patient|pupil|resident|child|kid|teen|toddler))\\s?(\\(\\d{1,3}\\))");
  /** How far a {@link #BRACKETED_AGE} match reaches before its '(' (a capitalised word of 21 letters and a space) and after it ("123)"). */
  private static final int BRACKETED_AGE_BEFORE = 22;
  private static final int BRACKETED_AGE_AFTER = 4;
  private static final Pattern INITIALS = Pattern.compile(
      "\\b(?!(?:U\\.\\s?K|U\\.\\s?S|A\\.\\s?M|P\\.\\s?M|E\\.\\s?U|U\\.\\s?N|B\\.\\s?A|M\\.\\s?A|B\\.\\s?S|M\\.\\s?P|G\\.\\s?P|D\\.\\s?J|T\\.\\s?V|P\\.\\s?S|R\\.\\s?I|N\\.\\s?B)(?:\\.|['’]s\\b))[A-Z]\\.\\s?[A-Z](?:\\.(?:\\s?[A-Z]\\.)?|(?=['’]s\\b))|\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s[A-Z]\\b(?![a-z'’])|\\b(?:of|for|with|to|and|little|wee|lovely|my|our)\\s(?!I\\b)[A-Z](?=\\s(?:in\\s(?:[Yy]ear|[Yy]r|[Pp]\\d|[Ss]\\d|[Rr]eception|[Nn]ursery|class|bay|room|bed)|who\\s|aged?\\s|\\(\\d))|\\b(?:[Ll]ittle|[Ww]ee|[Bb]aby)\\s(?!I\\b|A\\b)[A-Z](?=\\s+[a-z]|[,.!?]|$)|\\b(?:[Cc]hild|[Bb]oy|[Gg]irl|[Cc]lient|[Pp]atient|[Pp]upil|[Bb]aby|[Mm]um|[Dd]ad|[Ss]ervice [Uu]ser|[Yy]oung [Pp]erson|[Ss]tudent|[Rr]esident|[Ss]ibling|[Ff]amily)\\s(?!I\\b)[A-Z]{1,2}\\b(?![a-z'’])");
  /** How far an {@link #INITIALS} match reaches before its first capital ("service user ") and after it (". K. L."). */
  private static final int INITIALS_BEFORE_CAPITALS = 16;
  private static final int INITIALS_AFTER_CAPITALS = 8;
  private static final Pattern CLOCK_TIME = Pattern.compile(
      FIRST_IS + "[afutb0-9])(?:\\b(?:at|from|until|till|til|by|before|after)\\s\\d{1,2}(?:[:.]\\d{2})?(?:\\s?(?:am|pm))?\\b|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)\\b|\\b\\d{1,2}:\\d{2}\\b)");
  private static final String COUNT = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a\\scouple\\sof|a\\sfew|\\d{1,2})";
  /** How long someone will be away: "for three weeks", "for a fortnight", "10 days in", "two weeks away". */
  private static final Pattern DURATION = Pattern.compile(FIRST_IS + "[faotsenw0-9])(?:"
      + "\\bfor\\s(?:the\\s(?:whole|entire)\\s|a\\s(?:whole|full)\\s)?(?:" + COUNT + "\\s)?(?:nights?|days?|weeks?|fortnights?|months?)\\b"
          + "|\\b" + COUNT + "[\\s-](?:nights?|days?|weeks?)\\s(?:in|away|abroad|off|holiday|break|trip)\\b"
          + "|\\b(?:a|the|whole)\\sfortnight\\b|\\bfor\\sthe\\s(?:week|weekend|month|summer|holidays|half\\sterm)\\b)");
  /** Words after a count and a duration word that make it time away ("two weeks abroad"), as {@link #DURATION} has them. */
  private static final WordSet AWAY_WORDS = new WordSet(List.of("in", "away", "abroad", "off", "holiday", "break", "trip"));
  /** How far a {@link #DURATION} match reaches before its duration word ("for the entire a couple of") and after it ("away"). */
  private static final int DURATION_BEFORE_WORD = 32;
  private static final int DURATION_AFTER_WORD = 12;
  private static final Pattern OWN_BEFORE = Pattern.compile("(?:^|[^a-z])(?:my|our)\\s(?:[a-z]+\\s)?$");
  /**
   * A password-like token: six or more characters with no space or '@', mixing at least two of lower case,
   * upper case, digits and symbols, at least one of them a digit or symbol ("W!nter2024", "Qr7!dke#39").
   * Quotes around it are not part of it.
   */
  private static final Pattern SECRET_TOKEN = Pattern.compile("(?<![^\\s'\"‘“(:/])[^\\s@'\"‘’“”/]{6,40}(?=[\\s'\"’”).,;]*(?:\\s|$))");
  /**
   * Scare quotes: one to four words in quotation marks inside a longer text ("another 'lessons learned' meeting", her
   * "break"), the writer holding someone's words or label up to mock them. Single quotes open and close at word edges,
   * so apostrophes ("the kids' coats") never pair up.
   */
  private static final String QUOTED_WORDS = "(?:[^'‘’\"“”\\n.!?]|(?<=\\p{L})['’](?=\\p{L})){1,40}?";
  private static final Pattern SCARE_QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:['‘](?=\\S)" + QUOTED_WORDS + "(?<=\\S)['’]|[\"“](?=\\S)"
      + QUOTED_WORDS + "(?<=\\S)[\"”])(?![\\p{L}\\p{N}])");
  private static final int SCARE_QUOTE_MAX_WORDS = 4;
  /** How far a {@link #SCARE_QUOTE} reaches past its opening mark (40 characters and the closing mark). */
  private static final int SCARE_QUOTE_AFTER_OPENING = 41;
  /** Compiled once: {@code String.split} compiles a pattern of more than one character at every call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern MENTION = Pattern.compile("(?<![a-z0-9_])@[a-z0-9_]{1,30}");
  private static final Pattern HASHTAG = Pattern.compile("(?<![a-z0-9_])#[a-z0-9_]{2,60}");
  /** How far a {@link #MENTION} or {@link #HASHTAG} reaches past its '@' or '#'. */
  private static final int MENTION_AFTER_AT = 30;
  private static final int HASHTAG_AFTER_HASH = 60;
  /**
   * A house number without its street: "the dad at no. 23", "I'm in at number 9", "from No 7", or "I'm at 9 Ashgrove".
   * Not "number 1 in the charts", "No 10" (Downing Street) or "at 7 Tuesday".
   */
  private static final Pattern HOUSE_NUMBER = Pattern.compile(
      "(?i)\\b(?:at|from|in|to|for|outside|opposite|by|round|into|near|past|of|lives|live|mine's|mine is|ours is|we're|i'm|im)\\s+((?:no\\.?|number|num\\.?|nr\\.?)\\s?(?!1[01]\\b)\\d{1,4}[a-z]?)\\b(?!\\s?(?:%|in\\sthe\\b|spot|position|place|seed|fan|priority|on\\sthe\\slist|bus|shirt|jersey))");
  /** "I'm at 9 Ashgrove", "we live at 14 Larkfield": a number and a capitalised name with no street word. */
  private static final Pattern HOUSE_NUMBER_NAME = Pattern.compile(
      FIRST_IS + "[AaOoLl])\\b(?:[Aa]t|[Oo]utside|[Oo]pposite|[Ll]ives|[Ll]ive|[Ll]iving)\\s+(\\d{1,4}[a-z]?\\s+([A-Z][a-z]{3,}))\\b(?!\\s?(?:[A-Z]|o'clock|am\\b|pm\\b))");
  /** A bed, bay or room number: "bed 4", "bay 3", "side room 2", "cubicle 6", "room 9". */
  private static final Pattern BED_NUMBER = Pattern.compile(
      "(?i)\\b(?:bed|bay|cubicle|cubie|side\\s?room|room|resus|majors|bedspace|bed\\sspace|trolley|cot|incubator|cell)\\s?(?:no\\.?\\s?)?\\d{1,3}[a-z]?\\b(?!\\s?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|nights?|years?|times?|am\\b|pm\\b|o'clock|%|of\\b|people|kids|children|patients|beds))");
  /** The last word of {@link #BED_NUMBER}'s place words ("side room", "bed space"), in lower case, for its pre-filter. */
  private static final WordSet BED_WORDS = new WordSet(List.of("bed", "bay", "cubicle", "cubie", "room", "sideroom", "resus", "majors", "bedspace",
      "space", "trolley", "cot", "incubator", "cell"));
  /** How far a {@link #BED_NUMBER} match reaches before its number ("incubator no. ") and after it. */
  private static final int BED_BEFORE_DIGITS = 16;
  private static final int BED_AFTER_DIGITS = 2;
  /** A school class or year group: "in 5B", "in Year 3", "from my Year 2 class", "in P4", "in Reception". */
  private static final Pattern CLASS_GROUP = Pattern.compile(
      "\\b(?:in|from|of)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:[Yy]ear|[Yy]r|Y)\\s?\\d{1,2}(?:\\s?[A-Z]\\b)?|\\b(?:in|from)\\s+(?:my\\s+|our\\s+)?(?:P[1-7]|S[1-6])\\b|\\bin\\s+(?:[1-9]|1[0-3])[A-CE-FH-JL-Z]\\b|\\b(?:in|from)\\s+(?:my\\s+|our\\s+|the\\s+)?[Rr]eception\\s+(?:class)?");
  /** How far a {@link #CLASS_GROUP} match reaches before its digits ("from our the Year ", with room for extra spaces) and after them ("B"). */
  private static final int CLASS_BEFORE_DIGITS = 40;
  private static final int CLASS_AFTER_DIGITS = 3;
  /** "little Oscar", "your Tyler", "Jayden's mum": a first name used for someone's child. */
  private static final Pattern CHILD_BEFORE = Pattern.compile("(?:^|[^a-z])(?:little|wee|lil|baby|young|tiny|your|ur|yer)\\s$");
  private static final Pattern OWN_NAME_BEFORE = Pattern.compile("(?:^|[^a-z])(?:my|our|me|mine|i)\\s(?:[a-z]+\\s)?$");
  private static final Pattern CHILD_POSSESSIVE = Pattern.compile(
      "^\\s(?:mum|mam|mom|mummy|mother|dad|daddy|father|parents|nan|nana|nanna|gran|granny|grandma|grandad|grandparents|family|carer|carers|foster carer|foster carers|auntie|aunty|big sister|big brother|key worker|keyworker|class|nursery)\\b");
  private static final Pattern CHILD_AFTER = Pattern.compile(
      "^\\s?\\(\\d{1,2}\\)|^\\s(?:in|from)\\s(?:my\\s|our\\s)?(?:year|yr|reception|nursery|p[1-7]\\b|s[1-6]\\b|class|form)|^,\\s(?:aged?\\s)?\\d{1,2},");

  private Signals() {}

  // What a text holds that some signal needs (shapeOf): one pass over its characters, shared by every rule's check.
  private static final int DIGIT = 1;
  private static final int AT = 1 << 1;
  private static final int HASH = 1 << 2;
  private static final int QUOTE = 1 << 3;
  private static final int CAPITAL = 1 << 4;
  private static final int PIN_MARK = 1 << 5;
  private static final int SECRET_MARK = 1 << 6;
  private static final int RECEPTION = 1 << 7;

  /** The characters of {@code text} that {@link #mayOccur} tests for, as bits. */
  static int shapeOf(NormalisedText text) {
    int shape = text.digitCount() > 0 ? DIGIT : 0;
    for (char c : text.chars()) {
      switch (c) {
        case '@' -> shape |= AT;
        case '#' -> shape |= HASH;
        default -> {
          if (isOpeningQuote(c)) {
            shape |= QUOTE;
          }
        }
      }
    }
    char[] original = text.originalChars();
    for (int i = 0; i < original.length; i++) {
      char c = original[i];
      if (c >= 'A' && c <= 'Z') {
        shape |= CAPITAL;
      } else if (c == '!' || c == '#' || c == '$') {
        shape |= SECRET_MARK;
      } else if (c == PIN_EMOJI.charAt(0) && i + 1 < original.length && original[i + 1] == PIN_EMOJI.charAt(1)) {
        shape |= PIN_MARK;
      }
    }
    return text.text().contains("reception") ? shape | RECEPTION : shape;
  }

  /**
   * False when the signal cannot occur in a text of that {@link #shapeOf shape}: no digit, no capital letter, no '@'.
   * Rules ask it before they compute a signal they need, and {@link #find} before its patterns; {@code needed} is the
   * signal's {@link #shapeNeeded}, looked up once when the rules are loaded.
   */
  static boolean mayOccur(int needed, int shape) {
    return needed == 0 || (shape & needed) != 0;
  }

  /** What a text's shape must hold for the signal to occur in it (any of these bits), or 0 when any text may hold it. */
  static int shapeNeeded(String signal) {
    switch (signal) {
      case "mention":
        return AT;
      case "hashtag":
        return HASH;
      case "scare-quote":
        return QUOTE;
      case "age":
      case "clock-time":
      case "house-number":
      case "bed-number":
      case "street-address":
        return DIGIT;
      case "secret-token":
        return DIGIT | SECRET_MARK;
      case "class-group":
        // every pattern has a digit ("Year 3", "P4", "5B") but "in Reception"
        return DIGIT | RECEPTION;
      case "child-name":
      case "initials":
      case "street-name":
      case "school-name":
      case "titled-name":
      case "named-person":
        return CAPITAL;
      case "place-name":
        return CAPITAL | PIN_MARK;
      default:
        return 0;
    }
  }

  /** Hits of the named signal, in normalised offsets. */
  static List<Hit> find(String signal, NormalisedText text, TextAnalysis analysis) {
    if (!mayOccur(shapeNeeded(signal), analysis.shape())) {
      return List.of();
    }
    String original = text.original();
    switch (signal) {
      case "mention":
        return matchesNear(MENTION, 0, text, false, positionsOf(text.chars(), '@'), 0, MENTION_AFTER_AT, signal);
      case "hashtag":
        return matchesNear(HASHTAG, 0, text, false, positionsOf(text.chars(), '#'), 0, HASHTAG_AFTER_HASH, signal);
      case "scare-quote":
        return scareQuotes(text, signal);
      case "age": {
        List<Hit> hits = new ArrayList<>(2);
        for (Hit age : matchesNear(AGE, 0, text, false, digitRuns(text.chars()), AGE_BEFORE_DIGITS, AGE_AFTER_DIGITS, signal)) {
          if (!ownChild(text.text(), age.start()) && !selfThen(text.text(), age.end())) {
            hits.add(age);
          }
        }
        if (original.indexOf('(') < 0) {
          return hits;
        }
        for (Hit age : matchesNear(BRACKETED_AGE, 1, text, true, positionsOf(text.originalChars(), '('), BRACKETED_AGE_BEFORE, BRACKETED_AGE_AFTER, signal)) {
          // "(15)" is also one of AGE's forms
          if (!ownChild(text.text(), age.start()) && !hits.contains(age)) {
            hits.add(age);
          }
        }
        return hits;
      }
      case "clock-time":
        return normalisedMatches(CLOCK_TIME, text, signal);
      case "duration":
        return matchesNear(DURATION, 0, text, false, durationWordsThatCanEnd(text.chars(), analysis.normalisedWords()), DURATION_BEFORE_WORD,
            DURATION_AFTER_WORD, signal);
      case "secret-token":
        return secretTokens(text, signal);
      case "house-number": {
        String lower = text.text();
        List<Hit> hits = new ArrayList<>(2);
        if (hasNumberAfterNumberWord(text.originalChars())) {
          hits.addAll(originalMatches(HOUSE_NUMBER, 1, text, signal));
        }
        if (hasNumberBeforeCapital(text.originalChars()) && (lower.contains("at ") || lower.contains("outside") || lower.contains("opposite") || lower.contains("liv"))) {
          Matcher matcher = HOUSE_NUMBER_NAME.matcher(original);
          while (matcher.find()) {
            if (!NOT_PLACES.contains(matcher.group(2)) && !NOT_HOUSE_NAMES.contains(matcher.group(2))) {
              addOriginal(hits, text, matcher.start(1), matcher.end(1), matcher.group(1), signal);
            }
          }
        }
        return hits;
      }
      case "bed-number":
        return matchesNear(BED_NUMBER, 0, text, true, digitsAfterBedWords(text.originalChars()), BED_BEFORE_DIGITS, BED_AFTER_DIGITS, signal);
      case "class-group":
        // "in Reception" has no digit; every other class or year group has one, and is looked for only around digits
        if (text.text().contains("reception")) {
          return originalMatches(CLASS_GROUP, 0, text, signal);
        }
        return hasClassDigits(text.originalChars())
            ? matchesNear(CLASS_GROUP, 0, text, true, digitRuns(text.originalChars()), CLASS_BEFORE_DIGITS, CLASS_AFTER_DIGITS, signal) : List.of();
      case "child-name":
        return childNames(text, analysis, signal);
      case "street-address":
        return !(STREET_WORDS.anyIn(text.originalChars(), analysis.originalWords()) || original.contains("lat ")) ? List.of()
            : originalMatches(STREET_ADDRESS, 0, text, signal);
      case "initials":
        return hasLoneCapital(text.originalChars())
            ? matchesNear(INITIALS, 0, text, true, capitalRuns(text.originalChars()), INITIALS_BEFORE_CAPITALS, INITIALS_AFTER_CAPITALS, signal) : List.of();
      case "street-name":
        return streets(text, analysis, signal);
      case "school-name":
        return schools(text, analysis, signal);
      case "titled-name":
        return titledAndFamilyNames(text, analysis, 0, signal);
      case "place-name": {
        if (!hasCapitalAfterPreposition(text, analysis)) {
          return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        List<Hit> names = analysis.lexiconHits("first-names");
        for (Hit hit : originalMatches(PLACE_AFTER_PREPOSITION, 1, text, signal)) {
          String words = text.originalText(hit.start(), hit.end());
          String first = WHITESPACE.split(words)[0];
          if (!NOT_PLACES.contains(first) && !startsWithName(hit, names)) {
            hits.add(hit);
          }
        }
        for (Hit place : namedPlaces(analysis)) {
          hits.add(new Hit(place.start(), place.end(), "signal:" + signal, place.term(), signal, 1));
        }
        if ((analysis.shape() & PIN_MARK) != 0) {
          hits.addAll(originalMatches(PIN, 1, text, signal));
        }
        return hits;
      }
      case "named-person": {
        List<Hit> hits = titledAndFamilyNames(text, analysis, 1, signal);
        List<Hit> places = null;
        for (Hit name : analysis.lexiconHits("first-names")) {
          if (Character.isUpperCase(original.charAt(text.originalStart(name.start())))) {
            if (places == null) {
              // "St Anne's Primary", "Victoria Road": a first name inside a school or street name is not a person
              places = namedPlaces(analysis);
            }
            if (!insideAny(name, places)) {
              hits.add(new Hit(name.start(), name.end(), "signal:" + signal, name.term(), name.entryId(), 1));
            }
          }
        }
        return hits;
      }
      default:
        throw new IllegalArgumentException("unknown signal " + signal);
    }
  }

  /**
   * First names used for someone's child: "little Oscar", "your Tyler", "Jayden's mum", "Ava (6)", "Leo in Year 2";
   * not the poster's own ("my little Oscar", "our Tyler's mum").
   */
  private static List<Hit> childNames(NormalisedText text, TextAnalysis analysis, String signal) {
    List<Hit> names = analysis.lexiconHits("first-names");
    if (names.isEmpty()) {
      return List.of();
    }
    String original = text.original();
    String normalised = text.text();
    List<Hit> hits = new ArrayList<>(1);
    List<Hit> places = null;
    for (Hit name : names) {
      if (!Character.isUpperCase(original.charAt(text.originalStart(name.start())))) {
        continue;
      }
      String before = normalised.substring(Math.max(0, name.start() - 30), name.start());
      String after = normalised.substring(name.end(), Math.min(normalised.length(), name.end() + 40));
      boolean possessive = normalised.startsWith("'s", name.end()) || normalised.startsWith("’s", name.end()) || normalised.startsWith("'s", name.end() - 2);
      if (after.startsWith("'s") || after.startsWith("’s")) {
        after = after.substring(2);
      }
      boolean child = CHILD_BEFORE.matcher(before).find() || CHILD_AFTER.matcher(after).find() || possessive && CHILD_POSSESSIVE.matcher(after).find();
      if (!child || OWN_NAME_BEFORE.matcher(before).find()) {
        continue;
      }
      if (places == null) {
        places = namedPlaces(analysis);
      }
      if (!insideAny(name, places)) {
        hits.add(new Hit(name.start(), name.end(), "signal:" + signal, name.term(), name.entryId(), 1));
      }
    }
    return hits;
  }

  /** "Mrs Patel", "Dr Okafor", "the Wilson kids" ({@code familyGroup} 0: the whole phrase, 1: the surname only). */
  private static List<Hit> titledAndFamilyNames(NormalisedText text, TextAnalysis analysis, int familyGroup, String signal) {
    String original = text.original();
    List<Hit> hits = new ArrayList<>(2);
    if (original.contains("Mr") || original.contains("Ms") || original.contains("Mx") || original.contains("Miss") || original.contains("Dr")) {
      hits.addAll(originalMatches(TITLED_NAME, 0, text, signal));
    }
    if (FAMILY_WORDS.anyIn(text.chars(), analysis.normalisedWords())) {
      hits.addAll(originalMatches(FAMILY_NAME, familyGroup, text, signal));
    }
    return hits;
  }

  /**
   * Street, estate and school names (the street-name and school-name signals, computed once per text) and the towns,
   * hospitals and churches of the {@code named-places} lexicon ("Fort William", "St Mary's").
   */
  private static List<Hit> namedPlaces(TextAnalysis analysis) {
    List<Hit> places = new ArrayList<>(analysis.hits("signal:street-name"));
    places.addAll(analysis.hits("signal:school-name"));
    places.addAll(analysis.lexiconHits("named-places"));
    return places;
  }

  private static List<Hit> secretTokens(NormalisedText text, String signal) {
    List<Hit> hits = new ArrayList<>(1);
    Matcher matcher = SECRET_TOKEN.matcher(text.original());
    while (matcher.find()) {
      String token = matcher.group();
      // closing punctuation is no part of a secret: "got my PIN through!" holds no password
      while (!token.isEmpty() && ".,;:)!?".indexOf(token.charAt(token.length() - 1)) >= 0) {
        token = token.substring(0, token.length() - 1);
      }
      if (token.length() >= 6 && looksSecret(token)) {
        addOriginal(hits, text, matcher.start(), matcher.start() + token.length(), token, signal);
      }
    }
    return hits;
  }

  private static boolean looksSecret(String token) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if ("!#$%^&*?_~+=-".indexOf(c) >= 0) {
        symbol = true;
      } else {
        return false;
      }
    }
    int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    return (digit || symbol) && (lower || upper) && kinds >= 2 && !token.startsWith("http") && !token.startsWith("#");
  }

  /** "17 year old me would have…": the poster at that age, not someone else's age. */
  private static boolean selfThen(String normalised, int end) {
    return normalised.startsWith(" me ", end) || normalised.startsWith(" me,", end) || normalised.startsWith(" me.", end)
        || normalised.startsWith(" myself", end) || normalised.startsWith(" self", end) || normalised.length() == end + 3 && normalised.endsWith(" me");
  }

  /** "my 4 year old", "our wee 6 month old": the poster's own child, not a detail about someone else. */
  private static boolean ownChild(String normalised, int start) {
    int from = Math.max(0, start - 20);
    return OWN_BEFORE.matcher(normalised.substring(from, start)).find();
  }

  private static boolean insideAny(Hit hit, List<Hit> spans) {
    for (Hit span : spans) {
      if (hit.within(span)) {
        return true;
      }
    }
    return false;
  }

  /** "thanks to Sarah", "know Jack": a capitalised first name after a preposition is a person, not a place. */
  private static boolean startsWithName(Hit place, List<Hit> names) {
    for (Hit name : names) {
      if (name.start() == place.start()) {
        return true;
      }
    }
    return false;
  }

  /** Named streets and estates ("Rowan Close", "the Meadowbank estate" written "Meadowbank Estate"), not courts or pitches. */
  private static List<Hit> streets(NormalisedText text, TextAnalysis analysis, String signal) {
    if (!STREET_WORDS.anyIn(text.originalChars(), analysis.originalWords())) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>(2);
    Matcher matcher = STREET.matcher(text.original());
    while (matcher.find()) {
      String first = WHITESPACE.split(matcher.group(1))[0];
      if (NOT_STREET_FIRST.contains(first) || NOT_PLACES.contains(first) && matcher.group(1).indexOf(' ') < 0) {
        continue;
      }
      addOriginal(hits, text, matcher.start(), matcher.end(), matcher.group(), signal);
    }
    matcher = ESTATE.matcher(text.original());
    while (matcher.find()) {
      String first = WHITESPACE.split(matcher.group(1))[0];
      if (!NOT_STREET_FIRST.contains(first) && !NOT_PLACES.contains(first)) {
        addOriginal(hits, text, matcher.start(), matcher.end(), matcher.group(), signal);
      }
    }
    return hits;
  }

  /** Named schools and nurseries ("St Anne's Primary", "Oakfield High"), not "The School" or "Sunday School". */
  private static List<Hit> schools(NormalisedText text, TextAnalysis analysis, String signal) {
    if (!SCHOOL_WORDS.anyIn(text.originalChars(), analysis.originalWords())) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>(1);
    Matcher matcher = SCHOOL.matcher(text.original());
    while (matcher.find()) {
      String[] words = WHITESPACE.split(matcher.group(1));
      int start = matcher.start();
      int skip = 0;
      while (skip < words.length && NOT_PLACES.contains(words[skip])) {
        start += words[skip].length();
        while (start < matcher.end() && Character.isWhitespace(text.original().charAt(start))) {
          start++;
        }
        skip++;
      }
      if (skip == words.length) {
        continue;
      }
      addOriginal(hits, text, start, matcher.end(), text.original().substring(start, matcher.end()), signal);
    }
    return hits;
  }

  private static void addOriginal(List<Hit> hits, NormalisedText text, int originalStart, int originalEnd, String term, String signal) {
    int start = text.normalisedIndexOf(originalStart);
    int end = text.normalisedIndexOf(originalEnd - 1) + 1;
    if (start < end) {
      hits.add(new Hit(start, end, "signal:" + signal, term, signal, 1));
    }
  }

  private static WordSet streetWords() {
    List<String> words = new ArrayList<>(List.of(STREET_SUFFIX.substring(3, STREET_SUFFIX.length() - 1).split("\\|")));
    words.addAll(List.of("estate", "flats", "tower", "towers", "scheme", "block"));
    return new WordSet(words);
  }

  /**
   * Pre-filter for place names: some capitalised word right after one of the prepositions that
   * {@link #PLACE_AFTER_PREPOSITION} starts with (also after "at the"), a street or school word, or a 📍 pin.
   */
  private static boolean hasCapitalAfterPreposition(NormalisedText normalised, TextAnalysis analysis) {
    char[] text = normalised.originalChars();
    int[] words = analysis.originalWords();
    boolean afterPreposition = false;
    for (int k = 0; k < words.length; k += 2) {
      int start = words[k];
      int length = words[k + 1] - start;
      // the character that ends the word before may be anything; punctuation after it breaks the phrase
      boolean joined = k > 0 && afterPreposition && isBlank(text, words[k - 1] + 1, start);
      if (joined && Character.isUpperCase(text[start])) {
        return true;
      }
      // "at the Royal": 'the' after a preposition keeps the place open, as PLACE_AFTER_PREPOSITION allows
      afterPreposition = joined && length == 3 && text[start] == 't' && text[start + 1] == 'h' && text[start + 2] == 'e'
          || PLACE_PREPOSITIONS.contains(text, start, length);
    }
    return STREET_WORDS.anyIn(text, words) || SCHOOL_WORDS.anyIn(text, words) || (analysis.shape() & PIN_MARK) != 0;
  }

  private static boolean isBlank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** Pre-filter for {@link #HOUSE_NUMBER}: a number right after "no", "no.", "number", "num" or "nr" (any case). */
  private static boolean hasNumberAfterNumberWord(char[] text) {
    for (int i = 1; i < text.length; i++) {
      if (!isAsciiDigit(text[i]) || isAsciiDigit(text[i - 1])) {
        continue;
      }
      int j = i - 1;
      if (Character.isWhitespace(text[j]) && j > 0) {
        j--;
      }
      if (text[j] == '.' && j > 0) {
        j--;
      }
      int end = j + 1;
      if (endsWithIgnoreCase(text, end, "no") || endsWithIgnoreCase(text, end, "num") || endsWithIgnoreCase(text, end, "nr")
          || endsWithIgnoreCase(text, end, "number")) {
        return true;
      }
    }
    return false;
  }

  /** Pre-filter for {@link #HOUSE_NUMBER_NAME}: a number (and maybe a letter) followed by spaces and a capital. */
  private static boolean hasNumberBeforeCapital(char[] text) {
    int n = text.length;
    for (int i = 0; i < n; i++) {
      if (!isAsciiDigit(text[i]) || i + 1 < n && isAsciiDigit(text[i + 1])) {
        continue;
      }
      int j = i + 1;
      if (j < n && text[j] >= 'a' && text[j] <= 'z') {
        j++;
      }
      int spaces = j;
      while (j < n && Character.isWhitespace(text[j])) {
        j++;
      }
      if (j > spaces && j < n && text[j] >= 'A' && text[j] <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /** True when the characters before {@code end} spell {@code word} (ASCII, in any case). */
  private static boolean endsWithIgnoreCase(char[] text, int end, String word) {
    if (end < word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((text[end - word.length() + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Pre-filter for the digit patterns of {@link #CLASS_GROUP}: digits right after "year", "yr" or "Y" (one space
   * allowed), after "P" or "S", or followed by a capital letter ("5B").
   */
  private static boolean hasClassDigits(char[] text) {
    int n = text.length;
    for (int i = 0; i < n; i++) {
      if (!isAsciiDigit(text[i]) || i > 0 && isAsciiDigit(text[i - 1])) {
        continue;
      }
      int before = i - 1;
      if (before > 0 && Character.isWhitespace(text[before])) {
        before--;
      }
      if (before >= 0 && (text[before] == 'r' || text[before] == 'Y' || text[before] == 'P' || text[before] == 'S')) {
        return true;
      }
      int end = i;
      while (end < n && isAsciiDigit(text[end])) {
        end++;
      }
      if (end < n && text[end] >= 'A' && text[end] <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * Pre-filter for initials: a capital letter standing alone ("J", "Mr T", "K.L."), other than the pronoun I,
   * either followed by a full stop or after a word, as the patterns of {@link #INITIALS} have it.
   */
  private static boolean hasLoneCapital(char[] text) {
    int n = text.length;
    for (int i = 0; i < n; i++) {
      char c = text[i];
      if (c < 'A' || c > 'Z' || i > 0 && Letters.isLetter(text[i - 1]) || i + 1 < n && Letters.isLetter(text[i + 1])) {
        continue;
      }
      boolean stop = i + 1 < n && text[i + 1] == '.';
      boolean afterWord = i >= 2 && Character.isWhitespace(text[i - 1]) && (Letters.isLetter(text[i - 2]) || text[i - 2] == '.');
      if (stop || afterWord && c != 'I') {
        return true;
      }
    }
    return false;
  }

  /** Runs of one or two ASCII capitals with no letter on either side ("J", "Mr T", "K.L.", "child AB"), as start, end pairs: where initials can be. */
  private static int[] capitalRuns(char[] text) {
    int[] runs = new int[8];
    int count = 0;
    int n = text.length;
    for (int i = 0; i < n; i++) {
      if (text[i] < 'A' || text[i] > 'Z' || i > 0 && Letters.isLetter(text[i - 1])) {
        continue;
      }
      int end = i + 1;
      while (end < n && Letters.isLetter(text[end])) {
        end++;
      }
      if (end - i <= 2 && (end == i + 1 || text[i + 1] >= 'A' && text[i + 1] <= 'Z')) {
        runs = appendPair(runs, count, i, end);
        count += 2;
      }
      i = end - 1;
    }
    return java.util.Arrays.copyOf(runs, count);
  }

  /**
   * Where a {@link #SCARE_QUOTE} can open, as (i, i + 1) pairs: an opening mark with no letter or digit before it
   * ("don't" opens nothing) and no space (as the pattern's {@code \\S} has it) after it.
   */
  private static int[] openingQuotes(char[] text) {
    int[] positions = new int[4];
    int count = 0;
    for (int at = 0; at + 1 < text.length; at++) {
      boolean opens = isOpeningQuote(text[at]) && (at == 0 || !Character.isLetterOrDigit(text[at - 1])) && " \t\n\u000B\f\r".indexOf(text[at + 1]) < 0;
      if (opens) {
        positions = appendPair(positions, count, at, at + 1);
        count += 2;
      }
    }
    return java.util.Arrays.copyOf(positions, count);
  }

  /** The marks a {@link #SCARE_QUOTE} opens with. */
  private static boolean isOpeningQuote(char c) {
    return c == '\'' || c == '"' || c == '‘' || c == '“';
  }

  /** Every position of {@code mark} in {@code text}, as (i, i + 1) pairs. */
  private static int[] positionsOf(char[] text, char mark) {
    int[] positions = new int[4];
    int count = 0;
    for (int i = 0; i < text.length; i++) {
      if (text[i] == mark) {
        positions = appendPair(positions, count, i, i + 1);
        count += 2;
      }
    }
    return java.util.Arrays.copyOf(positions, count);
  }

  private static int[] appendPair(int[] pairs, int count, int start, int end) {
    int[] grown = count + 2 > pairs.length ? java.util.Arrays.copyOf(pairs, pairs.length * 2) : pairs;
    grown[count] = start;
    grown[count + 1] = end;
    return grown;
  }

  /** {@link #SCARE_QUOTE} spans of at most {@link #SCARE_QUOTE_MAX_WORDS} words; not quotes around the whole text (a copied post). */
  private static List<Hit> scareQuotes(NormalisedText text, String signal) {
    List<Hit> hits = new ArrayList<>(1);
    String normalised = text.text();
    for (Hit quote : matchesNear(SCARE_QUOTE, 0, text, false, openingQuotes(text.chars()), 0, SCARE_QUOTE_AFTER_OPENING, signal)) {
      boolean wholeText = normalised.substring(0, quote.start()).isBlank() && normalised.substring(quote.end()).trim().length() <= 1;
      if (!wholeText && WHITESPACE.split(quote.term().trim()).length <= SCARE_QUOTE_MAX_WORDS) {
        hits.add(quote);
      }
    }
    return hits;
  }

  /**
   * Matches of a pattern (its {@code group}) on the original or the normalised text, when every match lies within
   * {@code before} characters before and {@code after} characters after one of the {@code anchors} (start, end pairs
   * in that text, in order): the pattern is tried only in those windows, not from every position of the text, and
   * its lookarounds still see the whole text.
   */
  private static List<Hit> matchesNear(Pattern pattern, int group, NormalisedText text, boolean onOriginal, int[] anchors, int before, int after,
      String signal) {
    if (anchors.length == 0) {
      return List.of();
    }
    String subject = onOriginal ? text.original() : text.text();
    List<Hit> hits = new ArrayList<>(2);
    Matcher matcher = pattern.matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
    int k = 0;
    while (k < anchors.length) {
      int from = Math.max(0, anchors[k] - before);
      int to = Math.min(subject.length(), anchors[k + 1] + after);
      // anchors whose windows overlap share one window, so no match is cut in two or found twice
      for (k += 2; k < anchors.length && anchors[k] - before < to; k += 2) {
        to = Math.min(subject.length(), anchors[k + 1] + after);
      }
      matcher.region(from, to);
      while (matcher.find()) {
        if (onOriginal) {
          addOriginal(hits, text, matcher.start(group), matcher.end(group), matcher.group(group), signal);
        } else {
          hits.add(new Hit(matcher.start(group), matcher.end(group), "signal:" + signal, matcher.group(group), signal, 1));
        }
      }
    }
    return hits;
  }

  /**
   * The duration words ({@link #DURATION_WORDS}) where a {@link #DURATION} match can end, as start, end pairs: "for" in
   * the {@link #DURATION_BEFORE_WORD} characters before, "fortnight", or a word of {@link #AWAY_WORDS} next.
   */
  private static int[] durationWordsThatCanEnd(char[] text, int[] words) {
    int[] spans = DURATION_WORDS.spansIn(text, words);
    int count = 0;
    for (int k = 0; k < spans.length; k += 2) {
      int start = spans[k];
      int end = spans[k + 1];
      int next = nextWord(words, end);
      boolean canEnd = text[start] == 'f' || containsBefore(text, start, DURATION_BEFORE_WORD, "for")
          || next >= 0 && AWAY_WORDS.contains(text, words[next], words[next + 1] - words[next]);
      if (canEnd) {
        spans[count++] = start;
        spans[count++] = end;
      }
    }
    return count == spans.length ? spans : java.util.Arrays.copyOf(spans, count);
  }

  /** Index in {@code words} (start, end pairs) of the first word starting at or after {@code offset}, or -1. */
  private static int nextWord(int[] words, int offset) {
    for (int k = 0; k < words.length; k += 2) {
      if (words[k] >= offset) {
        return k;
      }
    }
    return -1;
  }

  /** True when {@code word} (lower case) starts within the {@code reach} characters before {@code end}. */
  private static boolean containsBefore(char[] text, int end, int reach, String word) {
    for (int i = Math.max(0, end - reach); i + word.length() <= end; i++) {
      if (WordSet.sameChars(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The digit runs that can be a {@link #BED_NUMBER}'s, as start, end pairs: those right after a word of
   * {@link #BED_WORDS} (any case), with a space and "no" or "no." allowed between.
   */
  private static int[] digitsAfterBedWords(char[] text) {
    int[] runs = digitRuns(text);
    int count = 0;
    for (int k = 0; k < runs.length; k += 2) {
      int j = runs[k];
      j = skipSpaceBefore(text, j);
      if (endsWithIgnoreCase(text, j, "no.")) {
        j = skipSpaceBefore(text, j - 3);
      } else if (endsWithIgnoreCase(text, j, "no")) {
        j = skipSpaceBefore(text, j - 2);
      }
      int wordStart = j;
      while (wordStart > 0 && Letters.isLetter(text[wordStart - 1])) {
        wordStart--;
      }
      if (wordStart < j && BED_WORDS.containsIgnoreCase(text, wordStart, j - wordStart)) {
        runs[count++] = runs[k];
        runs[count++] = runs[k + 1];
      }
    }
    return count == runs.length ? runs : java.util.Arrays.copyOf(runs, count);
  }

  private static int skipSpaceBefore(char[] text, int end) {
    return end > 0 && Character.isWhitespace(text[end - 1]) ? end - 1 : end;
  }

  /** The runs of ASCII digits in {@code text}, as start, end pairs. */
  private static int[] digitRuns(char[] text) {
    int[] runs = new int[8];
    int count = 0;
    int n = text.length;
    for (int i = 0; i < n; i++) {
      if (!isAsciiDigit(text[i])) {
        continue;
      }
      int end = i + 1;
      while (end < n && isAsciiDigit(text[end])) {
        end++;
      }
      runs = appendPair(runs, count, i, end);
      count += 2;
      i = end;
    }
    return java.util.Arrays.copyOf(runs, count);
  }

  private static List<Hit> normalisedMatches(Pattern pattern, NormalisedText text, String signal) {
    List<Hit> hits = new ArrayList<>(2);
    Matcher matcher = pattern.matcher(text.text());
    while (matcher.find()) {
      hits.add(new Hit(matcher.start(), matcher.end(), "signal:" + signal, matcher.group(), signal, 1));
    }
    return hits;
  }

  private static List<Hit> originalMatches(Pattern pattern, int group, NormalisedText text, String signal) {
    List<Hit> hits = new ArrayList<>(2);
    Matcher matcher = pattern.matcher(text.original());
    while (matcher.find()) {
      addOriginal(hits, text, matcher.start(group), matcher.end(group), matcher.group(group), signal);
    }
    return hits;
  }
}
