"""The evaluation sets must not regress.

- ``questions.yaml``: the first set, written apart from the FAQ phrasings but read while
  tuning; kept as a regression set at the release target.
- ``blind.yaml``: written by a helper who never saw ``knowledge/``; read while tuning.
- ``dev.yaml``: a third helper's set, read and used to fit confidence after it was written.
- ``dev3.yaml``, ``dev4.yaml``, ``dev5.yaml`` (fourth session): more helpers' sets, read while
  tuning; each was measured once before it was read (README).
- ``sealed.yaml``, ``holdout.yaml`` … ``holdout7.yaml`` (the later ones written by helpers who saw
  only regulasi.md and the news articles): written the same way and never read: this file only ever prints their aggregates (``summary(items=False)``), also
  when an assertion fails.

The floors below are the figures measured when they were set (see README, "Tests and
evaluation"), not the issue's targets: where a set is below target the README says so.
"""

from pathlib import Path

import pytest

from netralbot.knowledge.evaluate import load_questions, run, with_typos

EVAL = Path(__file__).parent / "eval"
CATEGORIES = {"contrast", "actor", "negation", "stage", "question-type", "long-story", "regional-caps",
              "typo", "out-of-scope", "adversarial"}

# set: (verdict accuracy, out-of-scope abstention, citation accuracy, permissive rate) floors/ceilings
FLOORS = {  # measured 2026-12-02, end of the fourth session (README), each a few points under the figure
    "questions": (0.90, 0.97, 0.90, 0.02),
    "blind": (0.82, 0.97, 0.84, 0.02),
    "dev": (0.77, 0.94, 0.78, 0.05),
    "dev3": (0.70, 0.82, 0.83, 0.02),
    "dev4": (0.70, 0.93, 0.73, 0.02),
    "dev5": (0.79, 0.85, 0.85, 0.05),
    "dev6": (0.78, 0.94, 0.84, 0.02),  # fifth session: 82.0 % / 80.0 % on its first run, 98.0 % after the guard round
    "sealed": (0.77, 0.82, 0.80, 0.02),
    "holdout": (0.72, 0.78, 0.78, 0.02),
    "holdout2": (0.70, 0.70, 0.83, 0.02),
    "holdout3": (0.70, 0.78, 0.75, 0.02),
    "holdout4": (0.76, 0.82, 0.82, 0.02),  # sealed, fifth session: 80.7/84.0 on the session-start code, 80.0/86.0 after
    "holdout5": (0.71, 0.80, 0.81, 0.02),  # sealed, sixth session: 73.3/84.0 on the session-start code, 75.3/84.0 mid-session
    "dev7": (0.66, 0.94, 0.75, 0.03),  # sixth session: 65.3/86.0 on its first run, read after
    "holdout6": (0.66, 0.88, 0.76, 0.02),  # sealed, seventh session: 69.3/92.0 on its first run and at the end
    "dev8": (0.68, 0.94, 0.84, 0.03),  # seventh session: 70.7/94.0 on its first run, read after
    "holdout7": (0.68, 0.88, 0.74, 0.02),  # sealed, eighth session: 71.3/92.0 on its first run
    "dev9": (0.66, 0.94, 0.75, 0.02),  # eighth session: 68.0/88.0 on its first run, read after
    "dev10": (0.64, 0.94, 0.74, 0.04),  # eighth session, written after its changes: 67.3/98.0 (session start the same);
                                        # one permissive left (twentieth session): staying silent in an alumni group
                                        # that carries campaign posts, which ten items of other sets label boleh
    "guard_dev4": (0.72, 0.90, 0.86, 0.02),  # ninth session: 78.0/77.3 on its first run, 78.0/94.7 after the guard round
    "dev12": (0.68, 0.74, 0.78, 0.02),  # ninth session, written near its end: 71.9/75.0 on the session-start code, 72.5/80.0 on its end
    "dev11": (0.69, 0.90, 0.74, 0.04),  # ninth session: 70.6/77.5 on the session-start code, 71.9/77.5 at its one unread run
    "dev13": (0.66, 0.92, 0.73, 0.02),  # tenth session, written at its start: 68.6/96.4 on the session-start code, 69.2/96.4 at its one unread run
    "dev14": (0.70, 0.84, 0.75, 0.02),  # tenth session, written near its end, unread: 70.7/88.5 on the session-start code, 74.1/88.5 on its end; read in the eleventh (80.5/88.5)
    "dev15": (0.80, 0.94, 0.84, 0.02),  # eleventh session, written at its start: 77.1/96.0 unread on its start code, 77.7/96.0 on its end; read in the twelfth (86.3/100 after)
    "dev16": (0.75, 0.90, 0.78, 0.02),  # twelfth session, written at its start: 73.1/90.0 unread on its start code, 74.4/90.0 on its end; read in the thirteenth
    "dev17": (0.72, 0.85, 0.77, 0.02),  # thirteenth session, written at its start: 76.2/90.0 on its start code, 76.9/95.0 on its end; read in the fourteenth
    "dev18": (0.80, 0.95, 0.80, 0.02),  # thirteenth session, written mid-session: 80.6/92.5 on its first (unread) run, then read
    "dev19": (0.73, 0.95, 0.78, 0.02),  # thirteenth session, longer stories: 75.6/90.0 unread, then read
    "dev20": (0.80, 0.92, 0.80, 0.02),  # thirteenth session, varied personas: 80.6/92.5 unread, then read
    "dev21": (0.78, 0.95, 0.79, 0.02),  # thirteenth session, news cases and forwarded messages: 79.4/90.0 unread, then read
    "dev22": (0.76, 0.85, 0.77, 0.02),  # thirteenth session, look-alikes and short questions: 78.8/87.5 unread with one dangerous answer (fixed), then read
    "dev23": (0.77, 0.95, 0.80, 0.02),  # thirteenth session, outside Java: 75.6/100 unread, then read
    "dev24": (0.80, 0.92, 0.82, 0.02),  # thirteenth session, every row of regulasi.md's table: 82.5/92.5 unread, then read
    "dev25": (0.78, 0.92, 0.77, 0.02),  # thirteenth session, HR staff and superiors: 81.2/92.5 unread, then read
    # fourteenth session, written at its start; first figures unread on the session-start code (76b8c44), then read
    "dev26": (0.80, 0.82, 0.82, 0.05),  # Sumatra BKPSDM, many kinds of workers: 85.0/87.5; one permissive left: a
                                        # would-be candidate on a granted CLTN approaching a party (D-3's exception)
    "dev27": (0.78, 0.78, 0.78, 0.02),  # eastern Indonesian Malay, WhatsApp groups: 82.5/82.5 with one dangerous answer (fixed)
    "dev28": (0.73, 0.82, 0.80, 0.02),  # long hotline messages: 78.1/47.5 (stories that end on another topic)
    "dev29": (0.76, 0.80, 0.78, 0.02),  # social media in detail: 81.2/85.0
    "dev30": (0.77, 0.90, 0.79, 0.02),  # office life, petahana, facilities: 82.5/95.0 with one permissive answer (fixed)
    "dev31": (0.76, 0.80, 0.79, 0.02),  # news cases, question types: 81.9/85.0
    "dev32": (0.84, 0.92, 0.86, 0.02),  # written near the start, unread until the fifteenth session: 85.6/87.5 on the fourteenth
                                        # session's start code, 88.1/95.0 on the fifteenth's (then read)
    # fourteenth session, second round, written mid-session by fresh helpers; unread figures on the session-start code
    "dev33": (0.78, 0.85, 0.80, 0.02),  # Javanese village life: 80.6/70.0
    "dev34": (0.78, 0.90, 0.78, 0.02),  # schools, campuses, health services: 81.9/90.0
    "dev35": (0.85, 0.80, 0.86, 0.02),  # question types first: 87.5/85.0
    "dev36": (0.82, 0.85, 0.84, 0.02),  # adversarial and tricky: 86.2/90.0
    "dev37": (0.77, 0.78, 0.79, 0.02),  # Pilkada petahana, Pj, PSU: 79.4/82.5
    "dev38": (0.78, 0.80, 0.80, 0.02),  # very short messages: 83.1/82.5 (one permissive answer, fixed)
    # fourteenth session, third round (dev41's writer failed; no set by that name)
    "dev39": (0.82, 0.88, 0.85, 0.02),  # Sulawesi, Kalimantan, NTB: 86.2/90.0 with one dangerous answer (fixed)
    "dev40": (0.74, 0.82, 0.79, 0.02),  # what the asker already did: 76.9/87.5
    "dev42": (0.82, 0.75, 0.80, 0.02),  # long messages with a twist: 86.9/77.5
    "dev43": (0.80, 0.80, 0.82, 0.02),  # HR staff, inspectors, heads of offices: 83.1/85.0
    "dev44": (0.75, 0.85, 0.78, 0.05),  # Gen Z on social media: 79.4/90.0 with one dangerous answer (fixed); one
                                        # permissive left: a repost of the new head's programme from the official
                                        # account, which the KB's post-inauguration entry allows and the label does not
    # fifteenth session, written by fresh helpers; first figures unread on the session-start code (7dbb1ba), then read
    "dev41": (0.88, 0.85, 0.85, 0.02),  # contrast pairs: 90.0/85.0 with one dangerous answer (fixed: the asker joining
                                        # a relative's team is not the relatives' allowed entry)
    "dev45": (0.84, 0.95, 0.83, 0.02),  # Sumatra (Minang, Batak, Palembang, Aceh): 85.6/90.0
    "dev46": (0.78, 0.92, 0.77, 0.05),  # Papua, Maluku, NTT, Bali: 79.4/90.0; one permissive left: a like on the
                                        # official pemda account after the inauguration (KB: boleh; six sets say so,
                                        # four say hati-hati)
    "dev47": (0.83, 0.85, 0.82, 0.02),  # West Java, Banten, Jakarta: 86.2/90.0
    "dev48": (0.83, 0.92, 0.85, 0.02),  # negations, exceptions, stages: 85.6/82.5
    "dev49": (0.80, 0.90, 0.81, 0.02),  # actors at the edges: 81.2/85.0
    "dev50": (0.85, 0.95, 0.85, 0.02),  # a national Pemilu in a ministry: 86.9/90.0 unread on the start code, 88.1/90.0
                                        # on the fifteenth's final code; read by the sixteenth session (89.4/100 then)
    # second round, written mid-session: first figures unread on the start code, then on the code of that moment
    "dev51": (0.77, 0.92, 0.77, 0.05),  # officials and structural posts: 80.0/85.0 (one dangerous, fixed) -> 80.6/87.5;
                                        # one permissive left: a Pj's routine programme handed out in the campaign
                                        # with no candidate on it, which the KB's entry allows
    "dev52": (0.81, 0.90, 0.78, 0.05),  # social media and messaging in detail: 82.5/77.5 -> 82.5/77.5; one permissive
                                        # left: the same post-inauguration like as dev46's
    "dev53": (0.82, 0.82, 0.81, 0.02),  # the news cases retold: 86.2/85.0 -> 86.2/87.5
    "dev54": (0.78, 0.80, 0.78, 0.05),  # other people's acts and confessions: 81.9/82.5 -> 83.1/85.0; one permissive
                                        # left: a colleague's status "pilih yg jujur ya" with no candidate (KB: boleh)
    # sixteenth session, written by fresh helpers at its start; first figures unread on the session-start code (db27224),
    # then read (dev59 and dev60, written mid-session, are kept unread for the next session)
    "dev55": (0.86, 0.92, 0.86, 0.02),  # one Pilkada from start to end: 85.6/82.5 with one dangerous answer (fixed)
    # (dev56's permissive answer, since the twenty-fifth session: a photo with the newly inaugurated regent at an official
    # event, uploaded on the school's account; dev104, dev106 and dev110 label the same situation "boleh", dev56 "hati-hati")
    "dev56": (0.84, 0.92, 0.80, 0.05),  # schools, campuses, health services: 83.1/87.5
    "dev57": (0.84, 0.90, 0.84, 0.02),  # very short messages: 83.8/87.5
    "dev58": (0.84, 0.90, 0.84, 0.02),  # HR and inspectorate work: 84.4/92.5
    "dev59": (0.86, 0.88, 0.88, 0.05),  # a hotline over the whole table: 87.5/92.5 with one permissive answer, read in the 17th session
    "dev60": (0.79, 0.75, 0.79, 0.02),  # family and neighbourhood life: 80.6/80.0, read in the 17th session
    # second round, written mid-session; first figures unread on the session-start code, then read
    "dev61": (0.84, 0.92, 0.83, 0.02),  # eastern and central Indonesia in their own words: 84.4/97.5
    "dev62": (0.85, 0.92, 0.84, 0.02),  # after the fact: 84.4/92.5
    "dev63": (0.81, 0.95, 0.82, 0.02),  # the legislative election: 79.4/82.5 with one dangerous answer (fixed)
    # seventeenth session, each measured unread on the session-start code (b121b44) first, then (but dev69) read
    "dev64": (0.67, 0.92, 0.78, 0.05),  # actors at the edges: 68.1/95.0 unread, one permissive; 70.0/95.0 read
    "dev65": (0.78, 0.95, 0.82, 0.02),  # the stages of an election: 80.0/87.5 unread; 81.2/100 read
    # (ceiling 0.08 since the twenty-first session: a silent member of a mixed group full of campaign broadcasts is
    # "boleh" in dev89 and dev94 and "hati-hati" here; the answer follows the group entry's condition, the label disagrees)
    "dev66": (0.73, 0.95, 0.81, 0.08),  # allowed acts beside forbidden ones: 71.9/97.5 unread, two permissive; 76.2/100 read
    "dev67": (0.73, 0.95, 0.79, 0.05),  # a Kalimantan and Sumatra WhatsApp group: 75.0/95.0 unread; 76.2/100 read
    "dev68": (0.74, 0.95, 0.80, 0.02),  # question types: 76.2/97.5 unread with one dangerous answer (fixed); 76.9/97.5
    "dev69": (0.77, 0.80, 0.80, 0.02),  # long stories with a twist: 75.0/82.5 unread on the start and the final code; read in the 18th: 80.6/82.5
    "dev70": (0.80, 0.87, 0.84, 0.02),  # an eastern Indonesian hotline: 80.0/87.5 unread; 83.1/90.0 read
    "dev71": (0.72, 0.92, 0.73, 0.08),  # what people forward and post: 73.8/92.5 unread, two permissive; 75.0/95.0 read
    # eighteenth session, each measured unread on the session-start code (b0d0a65) first; dev75 and dev77 kept unread
    "dev72": (0.74, 0.87, 0.82, 0.06),  # office life under an incumbent: 73.8/90.0 unread, one dangerous (fixed); 76.9/90.0 read, one permissive left
    "dev73": (0.72, 0.97, 0.80, 0.02),  # family, neighbours, religious life in Java: 70.6/90.0 unread; 75.0/100 read
    "dev74": (0.78, 0.97, 0.82, 0.02),  # young civil servants on social media: 77.5/100 unread; 80.6/100 read
    "dev75": (0.85, 0.97, 0.87, 0.02),  # public Q&A sessions: 86.2/97.5 unread (18th session start and end, 19th start); 88.8/100 read
    "dev76": (0.75, 0.95, 0.75, 0.02),  # health and education workers: 76.9/90.0 unread (start and mid-session); 77.5/97.5 read
    "dev77": (0.85, 0.95, 0.88, 0.02),  # villages in Sumatra and Sulawesi: 85.0/95.0 unread start, 85.6/95.0 (19th start); 88.1/97.5 read
    # nineteenth session: six sets by helpers who never saw knowledge/, told the stricter-reading policy
    "dev78": (0.71, 0.95, 0.81, 0.02),  # WhatsApp and family life: 68.8/92.5 start, one permissive; 69.4/92.5 end; read in the 20th: 73.8/97.5
    "dev79": (0.91, 0.92, 0.90, 0.02),  # villages, regional words: 91.2/90.0 unread, one dangerous (fixed); 94.4/95.0 read
    "dev80": (0.78, 0.95, 0.74, 0.02),  # Pilkada with an incumbent: 77.5/77.5 unread, one dangerous (fixed); 81.9/97.5 read
    "dev81": (0.80, 0.97, 0.83, 0.02),  # HR staff, superiors, inspectors: 80.0/97.5 unread; 82.5/100 read
    "dev82": (0.74, 0.90, 0.79, 0.06),  # allowed things and near misses: 72.5/92.5 start, one permissive; 73.1/92.5 end; read in the 20th: 76.9/92.5
    "dev83": (0.79, 0.92, 0.86, 0.02),  # long stories, mixed actors: 78.8/95.0 unread, one dangerous (fixed); 81.9/95.0 read
    # twentieth session: six sets by helpers who never saw knowledge/, each measured unread on the session-start code
    # (748ab99) first; dev85–dev88 then read, dev84 and dev89 kept unread
    "dev84": (0.78, 0.87, 0.78, 0.02),  # a BKPSDM hotline over a Pilkada: 80.6/90.0 unread (two sessions); 82.5/90.0 read
    "dev85": (0.75, 0.95, 0.75, 0.02),  # eastern Indonesian teachers and health workers: 75.6/87.5 unread; 77.5/97.5 read
    "dev86": (0.75, 0.92, 0.80, 0.02),  # social media in detail: 75.6/95.0 unread; 78.1/95.0 read
    "dev87": (0.77, 0.97, 0.82, 0.02),  # family and relatives: 78.1/75.0 unread, one dangerous (fixed); 80.0/100 read
    "dev88": (0.75, 0.90, 0.80, 0.02),  # what was done, and the stages: 76.9/92.5 unread; 77.5/92.5 read
    "dev89": (0.79, 0.92, 0.84, 0.05),  # the news cases retold: 81.2/81.9 unread, one permissive; 88.1/95.0 read
    # twenty-first session: six more helpers' sets, each measured unread on the session's start code first
    "dev90": (0.81, 0.95, 0.82, 0.02),  # village life, Pilkades vs Pilkada: 83.1/95.0 unread; 85.0/100 read
    "dev91": (0.79, 0.95, 0.73, 0.02),  # senior officials and their offices: 78.8/90.0 unread (two sessions); 81.9/97.5 read
    "dev92": (0.74, 0.95, 0.77, 0.06),  # everyday offline life: 76.2/95.0 unread, one permissive; 78.1/100 read
    "dev93": (0.79, 0.92, 0.82, 0.06),  # careers crossing politics: 81.9/87.5 unread, one permissive; 83.8/97.5 read
    "dev94": (0.78, 0.95, 0.80, 0.02),  # young ASN typing fast: 79.4/95.0 unread; 83.8/100 read
    "dev95": (0.86, 0.97, 0.86, 0.02),  # supervisors, HR and witnesses: 84.4/95.0 unread (two sessions); 88.1/100 read
    # twenty-second session: four more helpers' sets, measured unread on the session's start code (645bc95) first
    "dev96": (0.75, 0.90, 0.84, 0.02),  # several people act, the asker's part decides: 75.0/87.5 unread, one dangerous (fixed); 78.8/92.5 read
    # (dev97's and dev99's permissive answers are label disagreements: a silent member of a mixed group, as in dev66; a
    # candidate who sits among a pengajian's congregation without speaking; a group mixing KPU news and chat that is
    # no campaign's; watching a campaign broadcast, which regulasi.md's table row 17 allows, on the office TV)
    "dev97": (0.76, 0.95, 0.78, 0.10),  # an election's calendar, ASN with other roles: 78.8/87.5 unread, two permissive; 80.0/97.5 read
    "dev98": (0.84, 0.95, 0.80, 0.02),  # Bali, NTB, Sulsel, Aceh, Riau, Sumut: 78.8/82.5 unread (22nd), 79.4/85.0; read in the 23rd: 87.5/97.5
    "dev99": (0.79, 0.97, 0.84, 0.10),  # office tools and places: 78.1/97.5 unread, one dangerous (fixed), two permissive; 82.5/100 read
    # twenty-third session: dev98 read (79.4/85.0 on the start code 20ca418), five more helpers' sets measured unread on it
    # (dev103's permissive answer: a non-ASN spouse's campaign sticker on the door of the house shared with a PNS; the
    # entry for askers outside the rules says "boleh" for the asker and warns that a shared house is easily linked to the
    # PNS, the label says "hati-hati" for the household; left for a frame reading of the shared place)
    "dev100": (0.84, 0.97, 0.82, 0.02),  # people at the edges of the rules: 83.8/87.5 unread; 86.9/100 read
    "dev101": (0.78, 0.97, 0.79, 0.02),  # long chat messages: 74.4/72.5 unread; 81.2/100 read
    "dev102": (0.83, 0.97, 0.83, 0.02),  # briefing Q&A: 80.0/97.5 unread (two sessions); read in the 24th: 85.0/100
    "dev103": (0.74, 0.97, 0.80, 0.07),  # a regency's WhatsApp group of ASN: 74.4/85.0 unread, one permissive; 76.9/100 read
    "dev104": (0.78, 0.92, 0.83, 0.02),  # unsure whether the rules bind them: 78.1/92.5 unread, 78.8/92.5; read in the 24th: 80.6/95.0
    # twenty-fourth session: dev102 and dev104 measured on the start code (e2de2ab) and read; five more helpers' sets measured
    # unread on it as they arrived (dev107's permissive answer: a teacher offered a KPPS seat with no permit named; the KPPS
    # entry says "boleh" with the permit as its condition, the label "hati-hati" until the permit is had)
    "dev105": (0.82, 0.97, 0.77, 0.02),  # neighbourhood and family life in an election year: 82.5/97.5 unread; 83.8/100 read
    "dev106": (0.68, 0.95, 0.75, 0.02),  # after the fact, told at length: 69.4/85.0 unread; 70.6/97.5 read
    "dev107": (0.82, 0.97, 0.76, 0.05),  # public-service workers in the field: 82.5/85.0 unread, one permissive; 83.8/100 read
    "dev108": (0.78, 0.97, 0.81, 0.02),  # social media in 2026: 78.1/92.5 unread, 78.8/92.5; read in the 25th: 80.0/100
    "dev109": (0.75, 0.95, 0.73, 0.02),  # senior officials and office heads: 73.1/95.0 unread, 74.4/95.0; read in the 25th: 77.5/97.5
    # twenty-fifth session: dev108 and dev109 measured on the start code (a036459) and read; four more helpers' sets
    # measured unread on it (dev110's and dev111's permissive answers are label disagreements: a non-ASN spouse's banner
    # at her own shop, the asker apart; staying silent in an alumni group now full of campaign posts, which the KB's
    # entry allows as long as the asker does not react; dev112's and dev113's, unread, were counted by entry only:
    # PPK/PPS duty, a routine pengajian, staying in a residents' group)
    "dev110": (0.81, 0.97, 0.83, 0.05),  # short questions under enforcers' posts: 76.9/95.0 unread, one permissive; 83.1/100 read
    "dev111": (0.77, 0.97, 0.77, 0.05),  # the 2029 legislative run-up: 75.0/100 unread, three permissive; 79.4/100 read
    # twenty-sixth session: dev112 and dev113 measured on the start code (2dc7c64) and read; four more helpers' sets
    # measured on it as they arrived: dev114 65.6/70.0 with two dangerous answers and one permissive, dev116 76.2/90.0 with
    # one dangerous and one permissive (both read to mend those: a CLTN exception claimed for a colleague not on leave and
    # for an oration asking votes; a colleague's own leave asked read as the asker standing apart); dev115 and dev117 kept
    # unread (87.5/92.5 and 80.0/90.0 on the start code)
    "dev112": (0.80, 0.97, 0.81, 0.05),  # allowed beside forbidden: 80.0/90.0 unread (start), 80.6/90.0; read in the 26th
    "dev113": (0.75, 0.97, 0.77, 0.10),  # eastern Indonesia and Kalimantan: 76.2/97.5 unread, two permissive; read in the 26th
    "dev114": (0.68, 0.92, 0.67, 0.02),  # candidates' families: 65.6/70.0 on the start code, read
    "dev115": (0.87, 0.90, 0.85, 0.02),  # West and Central Java, Banten, Jakarta: 87.5/92.5 start, 88.1 (27th start); read in the 27th
    "dev116": (0.75, 0.97, 0.77, 0.02),  # election day and after: 76.2/90.0 on the start code, read
    "dev117": (0.78, 0.87, 0.81, 0.02),  # tricky phrasing: 80.0/90.0 start and on the 27th's start; read in the 27th
    # twenty-seventh session: dev115 and dev117 measured on the start code (09483e6) and read; four more helpers' sets
    # measured on it as they arrived; dev118 and dev119 read, dev120 and dev121 kept unread
    "dev118": (0.86, 0.95, 0.90, 0.02),  # actors at the edges of the rules: 86.9/97.5 on the start code, read
    "dev119": (0.75, 0.92, 0.76, 0.02),  # long stories: 75.6/82.5 on the start code with one dangerous answer (fixed), read
    "dev120": (0.84, 0.95, 0.85, 0.02),  # regional speech, all caps: 85.6/95.0 start (27th and 28th); read in the 28th
    "dev121": (0.90, 0.95, 0.85, 0.05),  # what enforcers said in public: 89.4/87.5 start, 90.6 (28th start); read in the 28th
    # written late in the twenty-seventh session (dev123's one dangerous answer, on the start code too, was read and
    # mended: a quoted comment "jgn plh si X" typed short); measured again on the 28th's start code (a1f3f95), then read
    "dev122": (0.88, 0.95, 0.90, 0.05),  # question types and their look-alikes: 90.6/87.5 start (both sessions)
    "dev123": (0.84, 0.95, 0.83, 0.05),  # allowed beside forbidden in everyday life: 85.6/95.0 start, 86.2 (28th start)
    # twenty-eighth session: four more helpers' sets, measured on its start code (a1f3f95) as they arrived; dev124 and
    # dev125 read, dev126 and dev127 kept unread
    "dev124": (0.83, 0.90, 0.87, 0.05),  # people at the edges and at work: 85.0/90.0 on the start code, two permissive (one left: a TNI wife outside the ASN rules asking to campaign, labelled hati-hati), read
    "dev125": (0.77, 0.92, 0.80, 0.02),  # long stories with a twist: 78.8/70.0 start with two dangerous answers (mended), read
    "dev126": (0.88, 0.97, 0.88, 0.02),  # Pilkada and the regional-head cycle: 88.8/90.0 start, 88.8/92.5 (29th start); read in the 29th
    "dev127": (0.83, 0.97, 0.87, 0.02),  # social media and chat apps in detail: 84.4/92.5 start and on the 29th's; read in the 29th
    # twenty-ninth session: three more helpers' sets, measured on its start code (d54eb3c) as they arrived; dev128 read
    # (one dangerous answer, mended: a bare ballot number on a profile picture), dev129 and dev130 kept unread
    "dev128": (0.75, 0.90, 0.78, 0.02),  # office life near an election: 76.2/92.5 on the start code, read
    "dev129": (0.71, 0.92, 0.79, 0.02),  # relatives, friends and neighbours: 73.1/95.0 start, 73.8/95.0 (30th start); read in the 30th
    "dev130": (0.80, 0.97, 0.84, 0.05),  # acts told with an excuse: 82.5/100 start and on the 30th's, one permissive (mended); read in the 30th
    # thirtieth session: two more helpers' sets, measured on its start code (9f3b5cd); dev131 read, dev132 kept unread
    "dev131": (0.82, 0.90, 0.82, 0.02),  # after the fact and under pressure: 83.8/92.5 on the start code, one dangerous answer, read
    "dev132": (0.84, 0.92, 0.87, 0.02),  # everyday questions across all topics: 86.2/95.0 start and end; read in the 31st
    # thirty-first session: two more helpers' sets, measured on its start code (3aadb31); dev133 read, dev134 kept unread
    "dev133": (0.84, 0.95, 0.84, 0.02),  # socialisation-session Q&A in the regions: 85.6/97.5 on the start code, one permissive, read
    "dev134": (0.87, 0.95, 0.88, 0.02),  # one detail flips the answer: 88.8/97.5 on the 31st's start and end; read in the 32nd
    "dev135": (0.83, 0.95, 0.85, 0.02),  # outer regions, PPPK and honorer, as they type: 85.0/92.5 then; read in the 32nd
    "dev136": (0.78, 0.90, 0.85, 0.05),  # the question actually asked: 79.4/92.5 on the start code, two dangerous (mended), read;
    # one permissive left (staying in an alumni group where others back a side, labelled hati-hati)
    "dev137": (0.80, 0.95, 0.79, 0.02),  # traps both ways: 81.2/97.5 on the start code, two dangerous (mended), read
    # thirty-second session: three more helpers' sets, measured on its start code (44a1509); dev140 and dev139 read,
    # dev138 kept unread (dev134 and dev135 above were read in this session)
    "dev138": (0.89, 0.97, 0.88, 0.02),  # Sumatra and Sulawesi as they type: 88.8/95.0 start and end; read in the 33rd
    "dev139": (0.82, 0.95, 0.78, 0.02),  # community and religious life: 78.8/97.5 on the start code, read
    "dev140": (0.80, 0.95, 0.82, 0.02),  # superiors and HR staff: 81.9/95.0 on the start code, one dangerous (mended), read
    # thirty-third session: three more helpers' sets, measured on its start code (6e50193) as they arrived; dev142 and
    # dev143 read, dev141 kept unread (dev138 above was read in this session)
    "dev141": (0.86, 0.85, 0.88, 0.02),  # Kalimantan, Nusa Tenggara, Maluku, Papua (unread): 87.5/87.5 on the start code
    "dev142": (0.86, 0.95, 0.88, 0.02),  # social media in everyday life: 83.8/85.0 on the start code, read
    "dev143": (0.89, 0.95, 0.88, 0.02),  # the election timeline: 88.8/97.5 on the start code, two permissive (mended), read
    # … and three more late in the session, measured on the start code as they arrived and read
    # dev144: one permissive answer left (a mixed Facebook group, "bkn grup timses", read as the citizens' group's stated
    # conditions; labelled hati-hati)
    "dev144": (0.83, 0.95, 0.85, 0.05),  # Java, Sunda, Madura, Bali as they type: 85.0/90.0 on the start code, read last
    "dev145": (0.78, 0.95, 0.76, 0.02),  # after an act or a report: 78.1/80.0 on the start code, one dangerous (mended), read
    "dev146": (0.85, 0.97, 0.87, 0.02),  # look-alike pairs: 86.9/100 on the start code, one permissive (mended), read
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def evaluated(request, kb):
    name = request.param
    return name, run(kb, load_questions(EVAL / f"{name}.yaml"))


SEALED = {"sealed", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7"}


UNREAD = {"dev141"}  # written to measure a session's end, kept unread until the next one reads them


def _summary(name, report):
    return report.summary(items=name not in SEALED | UNREAD)


def test_independent_sets_are_large_and_categorised():
    blind, sealed = load_questions(EVAL / "blind.yaml"), load_questions(EVAL / "sealed.yaml")
    assert len(blind) >= 200 and len(sealed) >= 200 and len(blind) + len(sealed) >= 400
    for items in (blind, sealed, *(load_questions(EVAL / f"{n}.yaml") for n in ("dev", "holdout"))):
        assert {str(i["category"]) for i in items} == CATEGORIES
        assert sum(1 for i in items if i["category"] in ("out-of-scope", "adversarial")) >= 50
        assert all(i.get("why") for i in items)
    for name in ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "dev3", "dev4", "dev5",
                 "dev6", "dev7", "dev8", "dev9", "dev10", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27",
                 "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36",
                 "dev37", "dev38", "dev39", "dev40", "dev42", "dev43", "dev44", "dev41", "dev45", "dev46", "dev47",
                 "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", *(f"dev{n}" for n in range(55, 147))):
        items = load_questions(EVAL / f"{name}.yaml")
        assert len(items) >= 150 and {str(i["category"]) for i in items} == CATEGORIES, name
        assert all(i.get("why") for i in items), name


def test_no_dangerous_errors(evaluated):
    name, report = evaluated
    assert report.dangerous == 0, _summary(name, report)


def test_verdict_accuracy(evaluated):
    name, report = evaluated
    assert report.verdict_accuracy >= FLOORS[name][0], _summary(name, report)


def test_out_of_scope_abstention(evaluated):
    name, report = evaluated
    assert report.abstention_recall >= FLOORS[name][1], _summary(name, report)


def test_citations(evaluated):
    name, report = evaluated
    assert report.citation_accuracy >= FLOORS[name][2], _summary(name, report)


def test_permissive_answers(evaluated):
    name, report = evaluated
    assert report.permissive_rate <= FLOORS[name][3], _summary(name, report)


# --- the content check (`netralbot eval --content`) ------------------------------------------
# content.yaml, content_holdout.yaml, content_holdout2.yaml: written by helpers blind to the
# classifier; only their aggregates are looked at (README says how often). content_dev*.yaml:
# read while building the classifier (dev2 subtle campaign content, dev5 look-alikes, dev6
# WhatsApp statuses).
CONTENT_FLOORS = {  # (kind accuracy, campaign recall, campaign precision, max "boleh" on campaign), 2026-12-02
    ("content", False): (0.92, 0.95, 0.93, 0),  # the targets: recall >= 95 %, precision >= 90 % (97.2 / 95.9 in the eleventh session)
    ("content", True): (0.87, 0.93, 0.93, 0),  # posters drawn with Pillow and read with OCR (97.2 / 97.2 in the eleventh session)
    ("content_dev", False): (0.94, 0.97, 0.95, 0),
    ("content_dev", True): (0.90, 0.95, 0.94, 0),
    ("content_dev2", False): (0.78, 0.80, 0.95, 0),  # deliberately subtle campaign content: see README
    ("content_dev2", True): (0.75, 0.77, 0.92, 0),
    ("content_holdout", False): (0.86, 0.92, 0.91, 0),
    ("content_holdout", True): (0.82, 0.92, 0.90, 0),
    ("content_holdout2", False): (0.77, 0.87, 0.87, 0),  # sealed, written 2026-12-02
    ("content_holdout2", True): (0.76, 0.86, 0.86, 0),
    ("content_dev3", False): (0.91, 0.94, 0.97, 0),  # 2026-12-02, text only (16 posters)
    ("content_dev4", False): (0.82, 0.92, 0.95, 0),  # 2026-12-02, text only (22 posters), subtle campaign
    ("content_dev5", False): (0.78, 0.93, 0.90, 0),  # 2026-12-02, text only: look-alikes that are not campaign
    ("content_dev6", False): (0.82, 0.90, 0.95, 0),  # 2026-12-02, text only: WhatsApp statuses and broadcasts
    ("content_dev7", False): (0.72, 0.84, 0.87, 0),  # 2026-12-02, text only: tricky items both ways
    ("content_dev8", False): (0.75, 0.74, 0.93, 0),  # 2026-12-02, a regency's month: 69.4 % recall on first run
    ("content_dev9", False): (0.80, 0.82, 0.95, 0),  # 2026-12-02, regional languages: validation for dev8's rules
    ("content_dev11", False): (0.75, 0.83, 0.88, 0),  # ninth session: 79.3/86.7/91.5 unread, on its start and end code
    ("content_dev12", False): (0.80, 0.92, 0.92, 0),  # tenth session: 81.3/86.7/96.3 unread on its start code and mid-session, 85.3/96.7/96.7 after
    ("content_dev13", False): (0.86, 0.93, 0.93, 0),  # eleventh session: 82.0/80.0/90.6 unread on its start code, 92.0/98.3/98.3 after it was read
    ("content_dev14", False): (0.83, 0.90, 0.90, 0),  # eleventh session: 77.3/85.0/83.6 unread on its start code and mid-session, 88.7/95.0/95.0 after it was read
    ("content_dev15", False): (0.75, 0.84, 0.88, 0),  # eleventh session, not yet read: 76.7/86.7/91.2 on its start code, 79.3/88.3/93.0 on its end
}
BLIND_CONTENT = {"content", "content_holdout", "content_holdout2", "content_dev15"}  # content_dev15: not yet read


@pytest.mark.parametrize("name, images", sorted(CONTENT_FLOORS))
def test_content_check_on_labelled_content(kb, name, images):
    from netralbot.knowledge import registry
    from netralbot.knowledge.evaluate_content import load_items, run as run_content

    if images:
        pytest.importorskip("rapidocr_onnxruntime", reason="the `ocr` extra is not installed")
    items = load_items(EVAL / f"{name}.yaml")
    if (name, True) in CONTENT_FLOORS:  # the sets, scored on posters too; later dev sets are text-first
        assert len(items) >= 130 and sum(1 for i in items if i.get("render")) >= 30
    rep = run_content(kb, registry.load(kb.db), items, images=images)
    text = rep.summary(items=name not in BLIND_CONTENT)
    accuracy, recall, precision, dangerous = CONTENT_FLOORS[(name, images)]
    assert rep.boleh_on_campaign <= dangerous, text
    assert rep.right / rep.n >= accuracy, text
    assert rep.tp / (rep.tp + rep.fn) >= recall, text
    assert rep.tp / (rep.tp + rep.fp) >= precision, text


def test_the_guard_dev_set_is_refused(kb):
    """tests/eval/guard_dev.yaml: 100 readable out-of-scope and adversarial questions written
    by a helper for tuning the guard (88 % refused when the floor was set)."""
    report = run(kb, load_questions(EVAL / "guard_dev.yaml"))
    assert report.abstention_recall >= 0.85, report.summary(items=True)
    assert report.dangerous == 0


@pytest.mark.parametrize("name", ["blind", "questions"])
def test_answers_survive_typing_slips(kb, name):
    """The readable sets asked again with a slip in about a third of their longer words
    (`netralbot eval FILE --typos 1`). Measured 2026-12-02 (fifth session): blind kept 90.3 % of its verdicts
    and 82.6 % accuracy, questions.yaml 96.9 % and 92.0 %; before knowledge/respell.py,
    82.2/73.4 and 89.7/85.1."""
    items = load_questions(EVAL / f"{name}.yaml")
    clean, typed = run(kb, items), run(kb, with_typos(items, 1))
    kept = sum(a == b for a, b in zip(typed.verdicts, clean.verdicts)) / len(items)
    assert kept >= 0.87, typed.kept_line(clean)
    assert typed.verdict_accuracy >= 0.79, typed.summary(items=True)
    assert typed.dangerous == 0, typed.summary(items=True)


@pytest.mark.parametrize("name, recall, precision", [("content", 0.87, 0.89), ("content_dev6", 0.82, 0.90)])
def test_content_check_survives_typing_slips(kb, name, recall, precision):
    """Labelled content with a slip in about a third of its longer words (`netralbot eval
    --content FILE --typos 1`). Measured 2026-12-02 (fifth session): content.yaml 90.3 % recall,
    92.9 % precision; content_dev6 (WhatsApp statuses) 85.7 % / 93.8 %. No campaign item may get
    "boleh" for a public act, however it is spelled."""
    import random

    from netralbot.knowledge import registry
    from netralbot.knowledge.evaluate_content import load_items, run as run_content
    from netralbot.knowledge.typos import add_typos

    rng = random.Random(1)
    items = [{**it, "text": add_typos(str(it.get("text") or ""), rng)} for it in load_items(EVAL / f"{name}.yaml")]
    rep = run_content(kb, registry.load(kb.db), items, images=False)
    text = rep.summary(items=name not in BLIND_CONTENT)
    assert rep.boleh_on_campaign == 0, text
    assert rep.tp / (rep.tp + rep.fn) >= recall, text
    assert rep.tp / (rep.tp + rep.fp) >= precision, text


def test_confusion_table_says_where_wrong_verdicts_go(kb):
    """The summary's label × verdict table is an aggregate: it may be printed for sealed sets."""
    items = [
        {"q": "boleh like postingan caleg di instagram?", "verdict": "boleh"},  # the bot says dilarang
        {"q": "boleh like postingan caleg di instagram?", "verdict": "dilarang"},
        {"q": "resep rendang padang yang enak", "verdict": "tidak-tahu"},  # out of scope: not in the table
    ]
    report = run(kb, items)
    assert report.confusion == {("boleh", "dilarang"): 1, ("dilarang", "dilarang"): 1}
    table = "\n".join(report.confusion_lines())
    assert table.splitlines()[1].split() == ["dilarang", "boleh"]
    assert [line.split() for line in table.splitlines()[2:]] == [["dilarang", "1", "0"], ["boleh", "1", "0"]]
    assert "rendang" not in report.summary(items=False)
