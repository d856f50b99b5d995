/// Common English-language forenames whose bearers are mostly men or mostly women, to tell which
/// person a "he" or "she" can stand for. A name missing here leaves the gender open (any pronoun
/// may take it); the text's own titles ("Mrs.", "congresswoman") are read first.
enum Forenames {
    static func gender(of forename: String) -> SpeechWords.Gender? {
        if male.contains(forename) { return .male }
        if female.contains(forename) { return .female }
        return nil
    }

    static let male: Set<String> = [
        "aaron", "adam", "al", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony", "arnold",
        "barack", "barry", "ben", "benjamin", "bernie", "bernard", "bill", "billy", "bob", "bobby", "brad",
        "bradley", "brett", "brian", "bruce", "carl", "carlos", "charles", "charlie", "chris", "christopher",
        "chuck", "clarence", "cory", "craig", "dan", "daniel", "darrell", "dave", "david", "dennis", "dick",
        "don", "donald", "doug", "douglas", "ed", "eddie", "edward", "elijah", "elon", "eric", "evan",
        "felipe", "frank", "fred", "gary", "george", "gerald", "greg", "gregory", "harry", "henry", "howard",
        "ian", "jack", "jacob", "jake", "james", "jamie", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerry",
        "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "josh",
        "joshua", "juan", "justin", "keith", "ken", "kenneth", "kevin", "kurt", "larry", "lawrence", "lindsey",
        "lou", "louis", "luis", "marco", "mark", "martin", "matt", "matthew", "michael", "mike", "mitch",
        "mitt", "nathan", "neil", "newt", "nick", "nicholas", "orrin", "pat", "patrick", "paul",
        "pete", "peter", "phil", "philip", "ralph", "rand", "randy", "ray", "raymond", "reince", "richard",
        "rick", "rob", "robert", "rod", "roger", "ron", "ronald", "rudy", "rudolph", "russell", "ryan", "sam",
        "samuel", "scott", "sean", "sergei", "sheldon", "stephen", "steve", "steven", "ted", "thomas", "tim",
        "timothy", "todd", "tom", "tony", "trent", "vicente", "victor", "vince", "vincent", "vladimir",
        "walter", "wayne", "william", "willie", "xi", "benjamin", "mitchell", "hakeem", "chad", "mick",
        "kirk", "lamar", "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "hosni",
        "emmanuel", "francois", "jean", "pierre", "hans", "klaus", "boris", "dmitry", "igor", "enrique",
        "miguel", "pedro", "antonio", "francisco", "andres", "manuel", "jorge", "ricardo", "roberto",
        "blake", "trey", "chip", "duncan", "jared", "eliot", "elliot", "spencer", "tucker", "sean", "hunter",
        "beto", "bernie", "cory", "jay", "jerome", "jesus", "kyle", "leon", "marcus", "max", "milo", "nate",
        "oliver", "ross", "roy", "seth", "shawn", "simon", "stuart", "terry", "travis", "tyler", "wade",
        "warren", "zach", "zachary", "herman", "eugene", "harold", "leonard", "lloyd", "melvin", "norman",
        "ted", "lyndon", "dwight", "franklin", "woodrow", "abraham", "ulysses", "grover", "calvin", "herbert",
    ]

    static let female: Set<String> = [
        "abigail", "alexandria", "alice", "alison", "allison", "amanda", "amy", "andrea", "angela", "ann",
        "anna", "anne", "barbara", "betsy", "betty", "beverly", "brenda", "carly", "carol", "caroline",
        "catherine", "cathy", "cheryl", "christine", "claire", "claudia", "cynthia", "dana", "debbie",
        "deborah", "debra", "diana", "diane", "donna", "dorothy", "elaine", "elena", "elise", "elizabeth",
        "ellen", "emily", "emma", "erin", "eva", "frances", "gabrielle", "gina", "gloria", "hannah", "heather",
        "heidi", "helen", "hillary", "hope", "huma", "ivanka", "jane", "janet", "janice", "jeanne",
        "jennifer", "jessica", "jill", "joan", "joanne", "jodi", "joni", "joyce", "judith", "judy", "julia",
        "julie", "karen", "kate", "katherine", "kathleen", "kathy", "kay", "kelly", "kellyanne", "kim",
        "kimberly", "kirsten", "kristen", "laura", "lauren", "linda", "lisa", "loretta", "lori", "louise",
        "lucy", "lynn", "madeleine", "maggie", "malia", "marcia", "margaret", "maria", "marie", "marilyn",
        "marsha", "martha", "mary", "maxine", "megan", "meghan", "melania", "melissa", "michelle", "michele",
        "mia", "mitzi", "monica", "nancy", "natalie", "nicole", "nikki", "nina", "olivia", "pam", "pamela",
        "patricia", "patty", "paula", "peggy", "rachel", "rebecca", "rosa", "rose", "ruth", "sally",
        "samantha", "sandra", "sara", "sarah", "sasha", "sharon", "shirley", "sonia", "stephanie", "susan",
        "susana", "suzanne", "tammy", "teresa", "theresa", "tiffany", "tina", "tulsi", "valerie", "victoria",
        "virginia", "wendy", "angela", "theresa", "marine", "christine", "ursula", "golda", "indira",
        "benazir", "aung", "jacinda", "condoleezza", "condi", "madonna", "oprah", "beyonce",
        "ilhan", "rashida", "ayanna", "kamala", "kyrsten", "tammy", "dianne", "debbie", "chelsea", "amal",
        "stormy", "omarosa", "sarah", "hope", "kirstjen", "betsy", "nikki", "elaine", "gina", "liz", "lynne",
        "ruth", "sonia", "elena", "amy", "ketanji", "carolyn", "lisa", "heidi", "claire", "shelley", "cindy",
        "laurie", "jeanine", "megyn", "greta", "mika", "rachel", "norah", "katie", "barbara",
    ]
}
