#!/usr/bin/env python3
"""Writes a large, valid synthetic bot (the layout of docs/format.md) for benchmarks.

    make_synthetic_bot.py OUT_DIR [--nodes N] [--user-says K] [--units-per-story U] [--conversations C]

The bot is made of units of 8 nodes, one sub-story file each, U units per story (default 50). A unit uses every
connection kind the platform allows:

    START (start; 2 mandatory entities: email, plan_tier; initial/final/follow-up) --entity plan_tier=premium--> PREMIUM
    START --(automatic)--> CODE;  PREMIUM --(automatic)--> CODE
    CODE (salesforce.create_case, or salesforce.get_contact in every third unit) --when status == true--> OK (output, end)
                                                                               --when status == false--> FAIL (output)
    FAIL --user says--> START;  FAIL --user says--> HELP (context clear, end)
    DETAILS (start, optional regex entity order_ref) --user says--> DETAILS (self-connection), --user says--> INFO (end)

User says average K per node (default 20): START and DETAILS carry them, plus a few connection phrases. Every
unit talks about its own made-up product and plan words, so no utterance repeats elsewhere (exact duplicates
would be BF1023 errors); near-duplicates across units (BF2006 warnings) happen by chance, as in real bots. There
is one FAQ entry per ten units and a taskbox. tests/conversations.yaml holds C conversations (default 20) on
units spread over the bot: each reaches a start node by its user says, answers both prompts, and ends on the
code node's output node (the stand-in Salesforce answers success), or visits DETAILS and INFO.
Deterministic: the same arguments give the same bytes.
"""
import argparse
import os

VERBS = ["track", "cancel", "change", "return", "refund", "find", "check", "update", "report", "open"]
THINGS = ["order", "parcel", "invoice", "account", "ticket", "delivery", "payment", "address", "plan", "device"]
ASKS = ["tell me about", "what is", "explain", "details of", "how does", "specs for", "compare", "price of", "warranty for", "reviews of"]
FEATURES = ["battery", "screen", "size", "colour", "weight", "charger", "case", "speaker", "camera", "memory"]
SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "pe", "zu", "do", "ha", "ri", "gu", "be", "fo", "ya", "ne", "ti", "wo"]
NODES_PER_UNIT = 8


def word(n):
    """A made-up name of six syllables, different for each n below 20**6: every unit talks about its own things,
    and two units' names rarely share five syllables (which makes their utterances near-duplicates)."""
    return "".join(SYLLABLES[(n // 20 ** i) % 20] for i in range(6))


def mix(n):
    """A fixed 32-bit hash (Knuth's multiplicative hash, then an xor-shift), so names of nearby units are unrelated."""
    h = (n * 2654435761 + 0x9E3779B9) & 0xFFFFFFFF
    return h ^ (h >> 15)


def start_says(product, plan, count):
    return ["%s my %s %s on %s" % (VERBS[u % 10], product, THINGS[(u // 10) % 10], plan) for u in range(count)]


def details_says(product, count):
    return ["%s the %s %s%s" % (ASKS[u % 10], product, FEATURES[(u // 10) % 10], "" if u < 100 else " %d" % (u // 100)) for u in range(count)]


def names(k):
    """Unit k's product and plan words."""
    return word(mix(2 * k) % 20 ** 6), word(mix(2 * k + 1) % 20 ** 6)


def unit(k, says_per_node):
    product, plan = names(k)
    per_unit = says_per_node * NODES_PER_UNIT - 10          # 10 connection phrases below
    start_n = max(10, per_unit * 2 // 3)
    details_n = max(10, per_unit - start_n)
    code = ["salesforce.get_contact:", "  contact_id: ${user_details.salesforce_contact_id}", "  fields: [FirstName, Email]"] \
        if k % 3 == 2 else \
        ["salesforce.create_case:", "  subject: Request about %s" % product, "  SuppliedEmail: ${entity.email}",
         "  Type: ${entity.plan_tier}", "  Reason: Customer request"]
    ok_says = "Found you, ${output.FirstName}." if k % 3 == 2 else "Case ${output.case_id} for ${entity.email}."
    lines = ["name: Unit %d" % k, "nodes:",
             "  - id: START_%d" % k, "    start: true", "    user_says:"]
    lines += ["      - " + s for s in start_says(product, plan, start_n)]
    lines += [
        "    entities:",
        "      - entity: email", "        prompt: What's your email?", "        reprompt: That doesn't look like an email address.",
        "      - entity: plan_tier", "        prompt: Are you on the basic or the premium plan?",
        "    bot_says:",
        "      initial: Let's sort out your %s." % product,
        "      final: Thanks, one moment.",
        "      follow_up: { after: 2m, says: Are you still there? }",
        "    next:",
        "      - to: PREMIUM_%d" % k, "        entity: { name: plan_tier, values: [premium] }",
        "      - to: CODE_%d" % k,
        "  - id: PREMIUM_%d" % k, "    bot_says: Premium customers go first.", "    next:", "      - to: CODE_%d" % k,
        "  - id: CODE_%d" % k, "    type: code", "    action:"]
    lines += ["      " + c for c in code]
    lines += [
        "    next:",
        "      - to: OK_%d" % k, "        when: status == true",
        "      - to: FAIL_%d" % k, "        when: status == false",
        "  - id: OK_%d" % k, "    type: output", "    end: true", "    bot_says: " + ok_says,
        "  - id: FAIL_%d" % k, "    type: output",
        "    bot_says:", "      - text: Sorry, that failed.", "        quick_replies: [Try again, Talk to us]",
        "    next:",
        "      - to: START_%d" % k, "        user_says: [try %s again, retry %s, once more %s]" % (product, product, product),
        "      - to: HELP_%d" % k, "        user_says: [talk to %s support, call %s team, %s human]" % (product, product, product),
        "  - id: HELP_%d" % k, "    context_clear: true", "    end: true", "    bot_says: Our team will reach out.",
        "  - id: DETAILS_%d" % k, "    start: true", "    user_says:"]
    lines += ["      - " + s for s in details_says(product, details_n)]
    lines += [
        "    entities:", "      - entity: order_ref", "        mandatory: false",
        "    bot_says:", "      final: Here is what we know about %s." % product,
        "    next:",
        "      - to: DETAILS_%d" % k, "        user_says: [repeat %s details, %s details please]" % (product, product),
        "      - to: INFO_%d" % k, "        user_says: [more on %s, %s brochure]" % (product, product),
        "  - id: INFO_%d" % k, "    end: true", "    bot_says: The %s brochure is on our website." % product,
    ]
    return start_n + details_n + 10, "\n".join(lines) + "\n"


PROJECT = """bot:
  id: synthetic
  name: Synthetic
  languages: [en]
business:
  channels: [web]
  bot_break_message: Sorry, I didn't get that.
env:
  SF_BASE_URL: https://integrations.example.com
  SF_USERNAME: { secret: true }
  SF_CLIENT_ID: { secret: true }
  SF_PRIVATE_KEY: { secret: true }
integrations:
  salesforce:
    base_url: ${env.SF_BASE_URL}
    username: ${env.SF_USERNAME}
    client_id: ${env.SF_CLIENT_ID}
    private_key: ${env.SF_PRIVATE_KEY}
taskbox:
  header: How can we help?
  tasks:
    - title: Track an order
      user_says: %s
    - title: Product details
      user_says: %s
"""

ENTITIES = """entities:
  - name: plan_tier
    type: dictionary
    values:
      basic: [basic, standard, free plan]
      premium: [premium, gold, pro plan]
  - name: order_ref
    type: regex
    pattern: '^[A-Z]{3}-[0-9]{4}$'
"""


def write_tests(out, units, count):
    """Conversations over units spread evenly: the ticket flow to its output node, or the details flow."""
    lines = ["conversations:"]
    for n in range(min(count, units * 2)):
        k = (n * units) // max(1, min(count, units * 2)) if count <= units else n % units
        product, plan = names(k)
        if n % 2 == 0:
            outcome = "Found you, Test." if k % 3 == 2 else "Case 5003000000TEST01 for user%d@example.com." % k
            lines += ["  - name: ticket flow of unit %d" % k,
                      "    user_details: { salesforce_contact_id: 0035g00000Unit%d }" % k,
                      "    turns:",
                      "      - user: %s" % start_says(product, plan, 1)[0],
                      "        expect: { node: START_%d, says: \"What's your email?\" }" % k,
                      "      - user: it is user%d@example.com" % k,
                      "        expect: { entities: { email: user%d@example.com } }" % k,
                      "      - user: the basic plan",
                      "        expect: { node: OK_%d, says: \"%s\" }" % (k, outcome)]
        else:
            lines += ["  - name: details flow of unit %d" % k,
                      "    turns:",
                      "      - user: %s" % details_says(product, 1)[0],
                      "        expect: { node: DETAILS_%d }" % k,
                      "      - user: more on %s" % product,
                      "        expect: { node: INFO_%d, says: brochure }" % k]
    os.makedirs(os.path.join(out, "tests"), exist_ok=True)
    with open(os.path.join(out, "tests", "conversations.yaml"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--nodes", type=int, default=10000, help="nodes in the bot (rounded up to a multiple of 8)")
    parser.add_argument("--user-says", type=int, default=20, help="average user says per node")
    parser.add_argument("--units-per-story", type=int, default=50)
    parser.add_argument("--conversations", type=int, default=20, help="conversation tests to write")
    args = parser.parse_args()

    units = max(1, -(-args.nodes // NODES_PER_UNIT))
    os.makedirs(os.path.join(args.out, "stories"), exist_ok=True)
    total_says = 0
    for k in range(units):
        says, text = unit(k, args.user_says)
        total_says += says
        folder = os.path.join(args.out, "stories", "story_%03d" % (k // args.units_per_story))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "unit_%05d.yaml" % k), "w", newline="\n") as f:
            f.write(text)

    product, plan = names(0)
    with open(os.path.join(args.out, "botforge.yaml"), "w", newline="\n") as f:
        f.write(PROJECT % (start_says(product, plan, 1)[0], details_says(product, 1)[0]))
    with open(os.path.join(args.out, "entities.yaml"), "w", newline="\n") as f:
        f.write(ENTITIES)
    faq = ["faq:"]
    for n in range(0, units, 10):
        product = names(n)[0]
        faq += ["  - id: FAQ_%d" % n,
                "    questions: [is %s under warranty, how long is the %s warranty, who repairs %s]" % (product, product, product),
                "    answer: Every %s has a two-year warranty." % product]
        total_says += 3
    with open(os.path.join(args.out, "faq.yaml"), "w", newline="\n") as f:
        f.write("\n".join(faq) + "\n")
    write_tests(args.out, units, args.conversations)
    print("wrote %d nodes, %d user says, %d FAQ entries to %s" % (units * NODES_PER_UNIT, total_says, len(range(0, units, 10)), args.out))


if __name__ == "__main__":
    main()
