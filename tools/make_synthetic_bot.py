#!/usr/bin/env python3
"""Writes a large, valid synthetic bot for timing: make_synthetic_bot.py OUT_DIR [SUB_STORIES] [USER_SAYS_PER_START].

Each sub-story has 4 nodes: a start node (mandatory email with a prompt, N user says) → a code node
(salesforce.create_case) → two output nodes on status true/false. Defaults: 2,500 sub-stories (10,000 nodes),
80 user says per start node (200,000 user says). Deterministic: the same arguments give the same files.
"""
import os
import sys

out = sys.argv[1]
subs = int(sys.argv[2]) if len(sys.argv) > 2 else 2500
says = int(sys.argv[3]) if len(sys.argv) > 3 else 80
VERBS = ["track", "cancel", "change", "return", "refund", "find", "check", "update", "report", "open"]
THINGS = ["order", "parcel", "invoice", "account", "ticket", "delivery", "payment", "address", "plan", "device"]
SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "pe", "zu", "do", "ha", "ri", "gu", "be", "fo", "ya", "ne", "ti", "wo"]


def word(n):
    """A made-up product name, different for each n below 20**4: every node talks about its own things."""
    return "".join(SYLLABLES[(n // 20 ** i) % 20] for i in range(4))

os.makedirs(os.path.join(out, "stories"), exist_ok=True)
with open(os.path.join(out, "botforge.yaml"), "w", newline="\n") as f:
    f.write("""bot:
  id: synthetic
  name: Synthetic
business:
  channels: [web]
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
""")
for s in range(subs):
    story = "story_%03d" % (s // 100)
    folder = os.path.join(out, "stories", story)
    os.makedirs(folder, exist_ok=True)
    lines = ["nodes:", "  - id: START_%d" % s, "    start: true", "    user_says:"]
    product, plan = word(s * 7919 % 160000), word((s * 104729 + 7) % 160000)
    for u in range(says):
        lines.append("      - %s my %s %s on %s" % (VERBS[u % 10], product, THINGS[(u // 10) % 10], plan))
    lines += [
        "    entities:", "      - entity: email", "        prompt: What's your email?",
        "    bot_says:", "      final: Thanks, one moment.",
        "    next:", "      - to: CODE_%d" % s,
        "  - id: CODE_%d" % s, "    type: code", "    action:", "      salesforce.create_case:",
        "        subject: Request %d" % s, "        SuppliedEmail: ${entity.email}",
        "    next:", "      - to: OK_%d" % s, "        when: status == true", "      - to: FAIL_%d" % s, "        when: status == false",
        "  - id: OK_%d" % s, "    type: output", "    end: true", "    bot_says: Case ${output.case_id} for ${entity.email}.",
        "  - id: FAIL_%d" % s, "    type: output", "    end: true", "    bot_says: Sorry, that failed.",
    ]
    with open(os.path.join(folder, "sub_%05d.yaml" % s), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
print("wrote %d nodes, %d user says to %s" % (subs * 4, subs * says, out))
