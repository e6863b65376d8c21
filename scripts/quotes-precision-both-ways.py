#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Quote precision on quotes-dev measured both ways (issue 8).

  quotes-precision-both-ways.py ANALYSES.jsonl [SHARED_DIR]

The referee (score_quotes.py) counts only gold contents holding a double quotation mark, so real quotes the
annotators marked without one (NYT typewriter quotes, transcript paragraphs whose marks lie outside the annotated
span) count against precision. This prints the referee precision, then precision counting as matched the
unmatched predictions whose words match (Jaccard >= 0.5) an annotated Content without double marks: first only
typewriter quotes, then all such contents. Reads the dev set from SHARED_DIR (default ../shared); copies nothing.
"""
import json,os,sys
sys.path.insert(0, os.path.join(sys.argv[2] if len(sys.argv) > 2 else '../shared', 'tools'))
from score_quotes import gold_quotes, words, jaccard, QUOTE_MARKS
SHARED = sys.argv[2] if len(sys.argv) > 2 else '../shared'
td = os.path.join(SHARED, 'datasets/quotes-dev/text'); ad = os.path.join(SHARED, 'datasets/quotes-dev/attributions')
names=sorted(f[:-4] for f in os.listdir(td) if f.endswith('.txt'))
P=M=strict=loose=0; ex=[]
for name,line in zip(names,open(sys.argv[1])):
    anns=sorted(f for f in os.listdir(ad) if f.startswith(name+'_') and f.endswith('.ann'))
    a=json.loads(line); preds=[q for q in a['quotes'] if q.get('direct',True)]; txt=a['article']['text']
    P+=len(preds)
    used=set()
    for c,s in gold_quotes(os.path.join(ad,anns[0])):
        gw=words(c); best=max(range(len(preds)),key=lambda i:jaccard(gw,words(preds[i]['text'])),default=None)
        if best is not None and jaccard(gw,words(preds[best]['text']))>=0.5: used.add(best)
    M+=len(used)
    allc=[l.rstrip('\n').split('\t')[2] for l in open(os.path.join(ad,anns[0])) if l.startswith('T') and '\tContent' in l]
    for i,q in enumerate(preds):
        if i in used: continue
        t=q['text']; best=max(allc,key=lambda c:jaccard(words(t),words(c)),default='')
        if jaccard(words(t),words(best))<0.5 or any(m in best for m in QUOTE_MARKS): continue
        loose+=1
        around=txt[max(0,q['start']-3):q['end']+3]
        if "''" in best or "''" in around or '``' in around: strict+=1
        else: ex.append(t[:70])
print(f"direct preds={P} matched={M} referee_precision={M/P:.3f}")
print(f"typewriter-quote preds matching an annotated Content without double-quote marks: {strict} -> precision {(M+strict)/P:.3f}")
print(f"+ other annotated Contents without double-quote marks (transcript paragraphs, single-quoted headline...): {loose} -> precision {(M+loose)/P:.3f}")

