"""Word lists for the synthetic news archive: names, places, organisations and the vocabulary of
wire copy, with enough variety that unrelated stories share few word trigrams (as real ones do)."""

FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard
Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony
Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth
Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason
Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna
Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine
Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis
Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia Douglas
Victoria Zachary Kelly Peter Lauren Kyle Christina Ahmed Fatima Mohammed Aisha Rahul Priya Ivan Olga
Dmitri Elena Wei Mei Hiroshi Yuki Kwame Amara Chidi Ngozi Carlos Lucia Diego Sofia Mateo Valentina
Lars Ingrid Pierre Camille Giovanni Francesca Hans Greta Sven Astrid Omar Layla Tariq Zainab Arjun
Ananya Sanjay Deepa Kofi Abena Juan Isabel Pedro Carmen Andrei Irina Yusuf Mariam Hamid Nadia""".split()

LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Mensah Haddad Rahman Khan
Singh Patel Sharma Gupta Ivanov Petrov Sokolov Kuznetsov Tanaka Suzuki Watanabe Yamamoto Chen Wang
Zhang Liu Huang Kim Park Choi Muller Schmidt Schneider Fischer Weber Rossi Russo Bianchi Romano
Dubois Moreau Laurent Lefebvre Silva Santos Oliveira Pereira Costa Andersson Johansson Larsson
Nilsson Hansen Jensen Nielsen Kowalski Nowak Wisniewski Novak Horvat Popescu Ionescu Papadopoulos
Yilmaz Kaya Demir Celik Mahmoud Hassan Ali Ibrahim Mwangi Otieno Kamau Achieng Banda Phiri Dlamini
Nkosi Osei Boateng Adeyemi Okonkwo Eze Bello Abubakar Castillo Morales Ortiz Vargas Mendoza Ruiz
Alvarez Romero Herrera Medina Aguilar Vega Fernandez Guzman Reyes Cruz Ortega Delgado Castro Chavez
Fitzgerald Gallagher Murphy Kelly Sullivan Walsh OBrien Byrne Ryan Connor Doyle Quinn Brennan""".split()

PLACES = """Nairobi Lagos Accra Dakar Kampala Kigali Addis-Ababa Cairo Tunis Algiers Casablanca Khartoum
Lusaka Harare Maputo Johannesburg Cape-Town Durban Luanda Kinshasa Abuja Mombasa Dhaka Chittagong
Karachi Lahore Islamabad Delhi Mumbai Kolkata Chennai Bangalore Colombo Kathmandu Yangon Bangkok
Hanoi Manila Jakarta Surabaya Kuala-Lumpur Singapore Taipei Seoul Busan Tokyo Osaka Beijing Shanghai
Shenzhen Ulaanbaatar Almaty Tashkent Bishkek Tbilisi Yerevan Baku Tehran Baghdad Amman Beirut Riyadh
Doha Dubai Muscat Ankara Istanbul Athens Sofia Bucharest Belgrade Zagreb Budapest Vienna Prague
Warsaw Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Berlin Hamburg Munich Amsterdam
Brussels Paris Lyon Marseille Madrid Barcelona Lisbon Rome Milan Naples Geneva Zurich London
Manchester Dublin Edinburgh Reykjavik Ottawa Toronto Montreal Vancouver Chicago Houston Phoenix
Denver Seattle Boston Atlanta Miami Detroit Mexico-City Guadalajara Havana Bogota Lima Quito
Santiago Buenos-Aires Montevideo Asuncion La-Paz Caracas Brasilia Sao-Paulo Rio-de-Janeiro Recife
Sydney Melbourne Brisbane Perth Auckland Wellington Suva Port-Moresby""".split()
PLACES = [p.replace("-", " ") for p in PLACES]

ORG_ADJ = """National Federal Regional Central Northern Southern Eastern Western United Independent
Public Metropolitan Coastal Provincial International Joint Municipal Royal Democratic Popular""".split()
ORG_NOUN = """Water Energy Health Transport Harbour Rail Aviation Labor Farmers Teachers Nurses Miners
Fisheries Housing Election Defense Trade Finance Audit Disaster Weather Forest Wildlife Textile
Shipping Telecom Mining Grain Dairy Steel Cement Railway Highway Border Customs Tourism Water-Supply""".split()
ORG_NOUN = [n.replace("-", " ") for n in ORG_NOUN]
ORG_KIND = """Authority Commission Council Union Association Ministry Board Agency Corporation Federation
Institute Bureau Committee Company Bank Group Alliance Party Court Service""".split()

ROLES = """minister spokesman spokeswoman director chairman chairwoman governor mayor secretary
commissioner president chief-executive economist analyst professor lawyer police-chief
prosecutor judge senator lawmaker negotiator envoy ambassador official adviser inspector""".split()
ROLES = [r.replace("-", " ") for r in ROLES]

# Words with a US and a UK spelling: the reprint transformation swaps them.
SPELLINGS = {
    "color": "colour", "labor": "labour", "center": "centre", "defense": "defence",
    "organize": "organise", "organized": "organised", "organization": "organisation",
    "program": "programme", "traveled": "travelled", "favor": "favour", "neighbor": "neighbour",
    "neighborhood": "neighbourhood", "analyze": "analyse", "criticized": "criticised",
    "recognized": "recognised", "harbor": "harbour", "honor": "honour", "license": "licence",
    "fueled": "fuelled", "canceled": "cancelled", "modeled": "modelled", "theater": "theatre",
    "meter": "metre", "gray": "grey", "jewelry": "jewellery", "catalog": "catalogue",
    "apologize": "apologise", "mobilized": "mobilised", "authorized": "authorised",
}

NOUNS = """agreement protest strike budget election flood drought earthquake fire storm outbreak vaccine
trial verdict investigation inquiry report survey census deal merger shortage price tax tariff
subsidy loan debt deficit surplus export import harvest crop factory port airport bridge road
railway pipeline dam reservoir hospital clinic school university court parliament cabinet coalition
opposition ceasefire treaty summit talks sanctions embargo reform bill law regulation ban license
permit contract tender project program plan strategy policy scheme fund grant pension wage salary
union workforce market index currency inflation rate growth recession recovery boom demand supply
stock share bond investor consumer tenant landlord farmer fisherman driver passenger pilot crew
vessel cargo container shipment flight route network grid outage blackout turbine reactor mine
refinery smelter warehouse district province county village suburb neighborhood coast border
frontier island valley river lake forest park highway tunnel stadium museum theater center
festival ceremony tournament match season league record campaign rally vote ballot referendum
candidate turnout count result appeal petition complaint lawsuit settlement fine penalty audit
scandal bribe fraud arrest raid charge sentence prison detention release evacuation shelter aid
relief donation appeal convoy rescue search recovery damage loss casualty injury victim survivor
witness resident family household community organization council committee panel board""".split()

ADJS = """new major fresh sharp steep modest record higher lower rising falling long-awaited controversial
disputed planned proposed emergency temporary permanent annual quarterly monthly weekly national
regional local rural urban coastal northern southern eastern western central remote crowded
landmark historic unprecedented widespread severe heavy light slight growing mounting fragile
uncertain cautious strong weak stable volatile private public foreign domestic senior junior""".split()

VERBS_PAST = """announced approved rejected signed delayed suspended launched opened closed blocked
criticized defended welcomed condemned postponed confirmed denied reported estimated warned
promised pledged demanded proposed unveiled extended cut raised lowered doubled halved expanded
reduced canceled authorized organized mobilized recognized analyzed modeled fueled""".split()

DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
AGENCIES = ["AFP", "AP", "Reuters", "dpa", "EFE", "ANSA", "Xinhua", "PTI", "UNB", "Kyodo"]

OUTLET_ADJ = """Daily Evening Morning Weekly Sunday National Metropolitan Provincial Coastal Valley
Northern Southern Eastern Western City County Independent Free Union Citizen""".split()
OUTLET_NOUN = """Observer Herald Courier Gazette Chronicle Tribune Times Post Star Mirror Sentinel Standard
Express Record Journal Advocate Examiner Recorder Leader Dispatch Telegraph Guardian Monitor""".split()
