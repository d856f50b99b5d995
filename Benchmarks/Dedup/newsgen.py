"""Sentences, paragraphs and whole stories of synthetic wire copy about an event.

An event is a set of facts (people, organisations, a place, numbers, a topic). Two calls with the
same event and different random states give two tellings of the same story: same names and
numbers, different wording. That is what the benchmark's hard negatives are made of."""

import random
from vocabulary import (ADJS, DAYS, FIRST, LAST, NOUNS, ORG_ADJ, ORG_KIND, ORG_NOUN, PLACES, ROLES,
                        VERBS_PAST, AGENCIES, MONTHS)

VERBS_INF = """approve reject sign delay suspend launch open close block review defend expand reduce
extend cut raise lower double halve complete finance rebuild restore repair replace inspect
investigate challenge appeal negotiate monitor""".split()
UNITS = ["people", "families", "workers", "households", "tonnes", "kilometres", "hectares",
         "million dollars", "billion dollars", "percent", "schools", "villages", "vehicles", "homes"]
SOURCES = ["officials", "police", "the ministry", "organisers", "local media", "state television",
           "a statement", "witnesses", "aid agencies", "the company", "court documents", "the union"]
HEDGES = ["", "", "", "also ", "later ", "earlier ", "repeatedly ", "again "]
SAY = ["said", "told reporters", "said in a statement", "told a news conference", "wrote on social media",
       "said in an interview", "added", "told the agency"]


def make_event(rng):
    people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(ROLES)) for _ in range(4)]
    orgs = [f"{rng.choice(ORG_ADJ)} {rng.choice(ORG_NOUN)} {rng.choice(ORG_KIND)}" for _ in range(3)]
    return {
        "people": people,
        "orgs": orgs,
        "place": rng.choice(PLACES),
        "places": rng.sample(PLACES, 4),
        "topic": rng.sample(NOUNS, 6),
        "numbers": [rng.randint(2, 98000) for _ in range(5)],
        "pct": round(rng.uniform(0.5, 60), 1),
        "day": rng.choice(DAYS),
        "year": rng.randint(1950, 2019),
        "quotes": [quote(rng, None) for _ in range(3)],
    }


def person(rng, event, full=True):
    first, last, role = rng.choice(event["people"])
    if full:
        return rng.choice([f"{first} {last}, the {role}", f"{role.capitalize()} {first} {last}",
                           f"{first} {last}", f"{last}, a {role} at the {rng.choice(event['orgs'])}"])
    return last


def noun(rng, event):
    return rng.choice(event["topic"]) if rng.random() < 0.45 else rng.choice(NOUNS)


def number(rng, event):
    if rng.random() < 0.6:
        n = rng.choice(event["numbers"])
    else:
        n = rng.randint(2, 5000)
    return f"{n:,}" if n >= 10000 else str(n)


def adjunct(rng, event):
    k = rng.randrange(11)
    if k == 0: return f"in {rng.choice(event['places'])}"
    if k == 1: return f"on {event['day']}"
    if k == 2: return f"after {number(rng, event)} {rng.choice(NOUNS)}s"
    if k == 3: return f"despite {rng.choice(ADJS)} {noun(rng, event)}"
    if k == 4: return f"amid {rng.choice(ADJS)} {noun(rng, event)} over the {noun(rng, event)}"
    if k == 5: return f"for the first time since {event['year']}"
    if k == 6: return f"by {event['pct']} percent"
    if k == 7: return f"near the {rng.choice(ADJS)} {noun(rng, event)} in {event['place']}"
    if k == 8: return f"ahead of the {rng.choice(ADJS)} {noun(rng, event)}"
    if k == 9: return f"under the {noun(rng, event)} {rng.choice(['plan', 'deal', 'rules', 'scheme', 'programme', 'program'])}"
    return f"within {rng.randint(2, 30)} {rng.choice(['days', 'weeks', 'months'])}"


def quote(rng, event):
    words = [rng.choice(["We", "This", "Nobody", "The government", "Our members", "Everyone", "They"]),
             rng.choice(["will", "cannot", "must", "did not", "have to", "are going to", "should"]),
             rng.choice(VERBS_INF), "the", rng.choice(ADJS), rng.choice(NOUNS)]
    if rng.random() < 0.7:
        words += [rng.choice(["before", "until", "while", "because of", "without"]), "the",
                  rng.choice(NOUNS)]
    if rng.random() < 0.5:
        words += [rng.choice(["and", "but"]), rng.choice(["we", "they", "people"]),
                  rng.choice(["know", "expect", "fear", "hope", "understand"]), "that"]
        words += ["the", rng.choice(NOUNS), rng.choice(["is", "was", "remains", "will be"]), rng.choice(ADJS)]
    text = " ".join(words)
    return text[0].upper() + text[1:]


def sentence(rng, event):
    k = rng.randrange(12)
    if k == 0:
        return f"{person(rng, event)} {rng.choice(HEDGES)}{rng.choice(VERBS_PAST)} the {rng.choice(ADJS)} {noun(rng, event)} {adjunct(rng, event)}."
    if k == 1:
        q = rng.choice(event["quotes"]) if rng.random() < 0.5 else quote(rng, event)
        return f"\"{q},\" {person(rng, event)} {rng.choice(SAY)}."
    if k == 2:
        return f"The {noun(rng, event)} {rng.choice(VERBS_PAST)} {number(rng, event)} {rng.choice(UNITS)} {adjunct(rng, event)}, according to {rng.choice(SOURCES)}."
    if k == 3:
        return f"{person(rng, event)} told reporters {adjunct(rng, event)} that the {noun(rng, event)} would {rng.choice(VERBS_INF)} the {noun(rng, event)} {adjunct(rng, event)}."
    if k == 4:
        return f"The {rng.choice(event['orgs'])} {rng.choice(VERBS_PAST)} a {rng.choice(ADJS)} {noun(rng, event)} {adjunct(rng, event)} and {rng.choice(VERBS_PAST)} the {noun(rng, event)}."
    if k == 5:
        return f"More than {number(rng, event)} {rng.choice(UNITS)} were affected by the {noun(rng, event)} {adjunct(rng, event)}, {rng.choice(SOURCES)} said."
    if k == 6:
        return f"Critics say the {rng.choice(ADJS)} {noun(rng, event)} {rng.choice(['has', 'had', 'could have'])} {rng.choice(VERBS_PAST)} the {noun(rng, event)} {adjunct(rng, event)}."
    if k == 7:
        return f"The {noun(rng, event)} in {event['place']} {rng.choice(['rose', 'fell', 'grew', 'dropped', 'climbed'])} {adjunct(rng, event)} to {number(rng, event)} {rng.choice(UNITS)}, the {rng.choice(event['orgs'])} said."
    if k == 8:
        return f"{person(rng, event, False)} {rng.choice(['declined to comment', 'did not respond to requests for comment', 'has denied wrongdoing', 'is expected to testify'])} {adjunct(rng, event)}."
    if k == 9:
        return f"In {event['place']}, residents {rng.choice(VERBS_PAST)} the {rng.choice(ADJS)} {noun(rng, event)} {adjunct(rng, event)} while {rng.choice(SOURCES)} {rng.choice(VERBS_PAST)} the {noun(rng, event)}."
    if k == 10:
        return f"The {rng.choice(event['orgs'])} {rng.choice(['has', 'had'])} {rng.choice(VERBS_PAST)} {number(rng, event)} {rng.choice(UNITS)} for the {noun(rng, event)} {adjunct(rng, event)}."
    return f"It was not immediately clear whether the {noun(rng, event)} would {rng.choice(VERBS_INF)} the {rng.choice(ADJS)} {noun(rng, event)} {adjunct(rng, event)}."


def paragraph(rng, event):
    return " ".join(sentence(rng, event) for _ in range(rng.choice((1, 2, 2, 2, 3))))


def story(rng, event, words=500):
    """Paragraphs of about `words` words in all (plus or minus a sentence)."""
    paragraphs = []
    count = 0
    while count < words:
        p = paragraph(rng, event)
        paragraphs.append(p)
        count += p.count(" ") + 1
    return paragraphs


def headline(rng, event):
    first, last, _ = rng.choice(event["people"])
    return rng.choice([
        f"{event['place']} {rng.choice(event['topic'])} {rng.choice(VERBS_PAST)} {'after' if rng.random() < .5 else 'amid'} {rng.choice(NOUNS)}",
        f"{last} {rng.choice(['says', 'warns', 'vows', 'denies'])} {rng.choice(ADJS)} {rng.choice(event['topic'])}",
        f"{rng.choice(event['orgs'])} {rng.choice(VERBS_PAST)} {rng.choice(event['topic'])} {rng.choice(['plan', 'deal', 'ban', 'probe'])}",
        f"{event['numbers'][0]:,} {rng.choice(UNITS)} hit by {rng.choice(event['topic'])} in {event['place']}",
    ])


def dateline(rng, event, agency):
    return f"{event['place'].upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({agency}) -"
