import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import cases_g, cases_p, cases_o

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
allc = [dict(c, org='GI/hepatology centre') for c in cases_g.CASES] + \
       [dict(c, org='Geriatric/palliative practice') for c in cases_p.CASES] + \
       [dict(c, org='Occupational health / workers\' comp') for c in cases_o.CASES]
assert len(allc) == 40
rng = random.Random(2027)
rng.shuffle(allc)
os.makedirs(os.path.join(OUT, 'cases'), exist_ok=True)
exp = {'anchorDate': '2026-12-01', 'cases': []}
rows = []
for i, c in enumerate(allc, 1):
    cid = f'cl-{i:02d}'
    b = c['fn'](cid)
    with open(os.path.join(OUT, 'cases', cid + '.json'), 'w') as f:
        json.dump(b.bundle(), f, indent=2, ensure_ascii=False)
    exp['cases'].append({'case': cid, 'target': c['target'], 'kind': c['kind'], 'expected': c['expected'], 'why': c['why']})
    rows.append((cid, c['target'], c['kind'], c['org'], c['summary'], len(b.entries)))
with open(os.path.join(OUT, 'expectations.json'), 'w') as f:
    json.dump(exp, f, indent=2, ensure_ascii=False)

readme = ['# Held-out evaluation set blind-27 (40 synthetic FHIR R4 records)', '',
          'Written blind: the records and expected flags were derived only from the eight criterion descriptions in the brief, '
          'the FHIR R4 specification and public terminology references (SNOMED CT, ICD-10-CM, CPT, HCPCS, LOINC, RxNorm, UCUM, Orphanet). '
          'No product code, rules, value sets, tests, docs or other evaluation sets were consulted.', '',
          '- Anchor date: **2026-12-01** (history before it; planned operations/treatments 1-10 weeks after it).',
          '- Format: `cases/cl-NN.json`, one FHIR R4 `Bundle` (`type: transaction`) per case; every entry has a `fullUrl` on the exporting '
          "organisation's FHIR base, a resource with explicit id and `request: PUT <Type>/<id>`. Patient id = case id; all other ids start with the case id. "
          'References are relative and resolve inside the bundle. Clinical notes are `DocumentReference`s with base64 `text/plain` attachments.',
          '- Exporting organisations (as the brief asks): gastroenterology & hepatology centres (endoscopy, liver/transplant hepatology, IBD infusion, GI oncology), '
          "geriatric & palliative-care practices (home visits, SNF physicians), and occupational-health / workers' compensation networks (claims, IMEs, work status).",
          '- Case numbers were shuffled (seeded) and say nothing about the expectation.',
          '- `expectations.json` lists for each case the target criterion, kind (positive / near-miss), every criterion the record meets (`expected`) and why.',
          '- Generator: `gen/` (Python; `python3 gen/main.py` rewrites cases, expectations and this README). `check.py` validates structure.', '',
          '| case | target | kind | exporter | summary | resources |', '| --- | --- | --- | --- | --- | --- |']
for r in rows:
    readme.append(f'| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} |')
readme += ['', 'Notes on judgement calls:',
           '- Minimal clinically important differences used: Harvey-Bradshaw Index 3 points; DAS28-CRP 1.2; Oswestry Disability Index 10 points; PHQ-9 5 points; EQ-5D-5L index ~0.08.',
           '- Rare diseases are identified by Orphanet listing (Wilson disease ORPHA:905, chronic beryllium disease ORPHA:133); Barrett esophagus is treated as common.',
           '- The iron-deficiency-anaemia case is scored under PERSISTENT_SYMPTOMS_NORMAL_WORKUP through the Murphy et al. red-flag arm (abnormal result with no follow-up within 60 days).',
           '- A second opinion on record within 12 months suppresses the untreatable-prognosis flag (metastatic colon cancer near miss).']
with open(os.path.join(OUT, 'README.md'), 'w') as f:
    f.write('\n'.join(readme) + '\n')
print('written', len(rows))
