from common import start
from lib import cc, T, rx

CASES = []


def case(target, kind, why, summary, expected=None):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, why=why, summary=summary, fn=fn,
                          expected=expected if expected is not None else ([target] if kind == 'positive' else [])))
        return fn
    return deco


def gi_setup(b, payer, member, covstart, plan, docs):
    o = b.org(b.orgname, 'prov', npi='1457382910', phone='(555) 301-4400', city=b.city, state=b.state)
    p = b.org(payer, 'pay')
    prs = [b.pract(g, f, q) for g, f, q in docs]
    b.coverage(p, 'ppo' if 'PPO' in plan else 'hmo', member, covstart, plan)
    return o, prs


# ---------------------------------------------------------------- G1 dysphagia, normal work-up
@case('PERSISTENT_SYMPTOMS_NORMAL_WORKUP', 'positive',
      'Intermittent solid-food dysphagia recorded at four visits from May to November 2026; EGD with biopsies, barium esophagram with tablet, high-resolution manometry and labs all normal and no diagnosis made; patient told no abnormality found while symptoms continue.',
      'GI centre: 41M, 6 months of solid dysphagia, normal EGD/biopsies, esophagram and manometry, no diagnosis')
def g_dysphagia(cid):
    b = start(cid, 'g2')
    o, (md, np_) = gi_setup(b, 'Rocky Mountain Health Plans', 'RMH883104552', '2024-01-01', 'RMHP Choice PPO',
                            [('Aaron', 'Lindqvist', 'MD'), ('Priya', 'Venkataraman', 'NP')])
    b.patient('Marcus Adebayo', 'Okafor', 'male', '1985-03-22', 'MVG-0042817', 'Aurora', 'CO', '80012', '1456 S Idalia St',
              '(720) 555-0184', marital='M', org=o)
    b.cond(b.C(('sct', '55822004', 'Hyperlipidemia'), ('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2021-06-01')
    b.cond(b.C(('icd', 'K35.80', 'Unspecified acute appendicitis')), '2011-09-14', status='resolved', abate='2011-09-20')
    b.cond(b.C(('sct', '61582004', 'Allergic rhinitis'), ('icd', 'J30.2', 'Other seasonal allergic rhinitis')), '2008-04-01')
    e1 = b.enc('2026-05-12', 'New patient GI consultation', pract=md, reason='Difficulty swallowing solids', org=o)
    dys = b.cond(b.C(('sct', '40739000', 'Dysphagia'), ('icd', 'R13.10', 'Dysphagia, unspecified')), '2026-04-01',
                 recorded='2026-05-12', enc=e1, recorder=md, note='Intermittent sticking of bread/meat retrosternally, 2-3x/week. No weight loss, no odynophagia, no heartburn.')
    b.vitals('2026-05-12', e1, 128, 80, 72, wt=84.1, bmi=26.3)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-05-12', 15.1, 'g/dL', 13.5, 17.5, enc=e1)
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-05-12', 1.9, 'm[IU]/L', 0.4, 4.5, enc=e1)
    b.lab('2345-7', 'Glucose [Mass/volume] in Serum or Plasma', '2026-05-12', 92, 'mg/dL', 70, 99, enc=e1)
    b.medreq(rx('7646', 'omeprazole', 'omeprazole 40 mg delayed-release capsule'), '2026-05-12',
             '40 mg by mouth daily before breakfast for 8 weeks', status='completed', reason=dys, requester=md,
             note='Empiric PPI trial; no change in symptoms at 8 weeks, stopped.')
    e2 = b.enc('2026-06-18', 'Endoscopy suite', pract=md, reason='Dysphagia', org=o)
    b.proc(b.C(('cpt', '43239', 'Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple')), '2026-06-18',
           performer=md, reason=dys, enc=e2, outcome='Normal examination')
    eos = b.obs(T('Eosinophils per high-power field, esophageal biopsy (peak count)'), '2026-06-18', 2, '/[HPF]', high=15,
                enc=e2, note='Proximal and distal esophageal biopsies')
    b.dr(b.C(('loinc', '28570-0', 'Procedure note')), '2026-06-18',
         'EGD: normal esophagus without rings, stricture, furrows or web; Z-line regular at 39 cm; no hiatal hernia; normal stomach and duodenum. Esophageal biopsies: squamous mucosa with no increase in intraepithelial eosinophils (peak 2/hpf).',
         results=[eos], cat='GE' if False else 'OTH', performer=md, enc=e2)
    e3 = b.enc('2026-07-30', 'Radiology', reason='Dysphagia', org=o)
    b.dr(b.C(('cpt', '74220', 'Radiologic examination, esophagus, including scout chest radiograph(s) and delayed image(s), when performed; single-contrast (eg, barium) study')),
         '2026-07-30', 'Barium esophagram with 13 mm barium tablet: normal esophageal caliber and motility, tablet passed promptly into the stomach. No stricture, ring or extrinsic compression.',
         cat='RAD', enc=e3)
    b.cond(b.C(('sct', '40739000', 'Dysphagia'), ('icd', 'R13.10', 'Dysphagia, unspecified')), '2026-04-01', cat='encounter-diagnosis',
           recorded='2026-07-30', enc=e3)
    e4 = b.enc('2026-09-10', 'Esophageal motility lab', pract=np_, reason='Dysphagia', org=o)
    irp = b.obs(T('Integrated relaxation pressure (IRP), high-resolution manometry'), '2026-09-10', 9, 'mm[Hg]', high=15, enc=e4)
    b.dr(b.C(('cpt', '91010', 'Esophageal motility (manometric study of the esophagus and/or gastroesophageal junction) study with interpretation and report')),
         '2026-09-10', 'High-resolution manometry: normal EGJ relaxation (IRP 9 mmHg), 10/10 intact swallows, normal DCI. Normal esophageal motility by Chicago Classification v4.0.',
         results=[irp], cat='OTH', performer=md, enc=e4)
    b.cond(b.C(('sct', '40739000', 'Dysphagia'), ('icd', 'R13.10', 'Dysphagia, unspecified')), '2026-04-01', cat='encounter-diagnosis',
           recorded='2026-09-10', enc=e4)
    e5 = b.enc('2026-11-05', 'Follow-up GI visit', pract=md, reason='Dysphagia', org=o)
    b.vitals('2026-11-05', e5, 126, 78, 70, wt=83.6)
    b.cond(b.C(('sct', '40739000', 'Dysphagia'), ('icd', 'R13.10', 'Dysphagia, unspecified')), '2026-04-01', cat='encounter-diagnosis',
           recorded='2026-11-05', enc=e5)
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 20 mg tablet'), '2021-06-15', dose='20 mg daily')
    b.note('2026-11-05', 'GI follow-up note', f'''
GASTROENTEROLOGY FOLLOW-UP - {b.orgname}
Patient: 41-year-old man, seen for dysphagia since spring 2026.
Interval: still reports food (meat, bread, rice) sticking behind the lower sternum 2-4 times per week, has to drink water to clear it. Now cutting food very small and avoiding steak. No weight loss (83.6 kg vs 84.1 kg), no odynophagia, no regurgitation, no heartburn. 8-week omeprazole trial made no difference.
Work-up to date: EGD 6/18 normal with normal esophageal biopsies (no eosinophilic infiltrate); barium esophagram 7/30 normal incl. 13 mm tablet; HRM 9/10 normal motility (IRP 9). CBC, TSH, glucose normal.
Assessment: persistent solid-food dysphagia, no structural, inflammatory or motility abnormality identified.
Plan: I explained that all studies are normal and that we did not find anything wrong with the esophagus. Advised to eat slowly, chew well. Return as needed.
A. Lindqvist, MD
''', author=md, enc=e5, org=o)
    return b


# ---------------------------------------------------------------- G2 IBS-D label with red flags
@case('DIAGNOSIS_SYMPTOM_MISMATCH', 'positive',
      'IBS with diarrhoea (K58.0) on the problem list since August 2025 while diarrhoea continues and new nocturnal diarrhoea, 7 kg weight loss, faecal calprotectin 420 ug/g, raised CRP and low albumin appear, none of which IBS explains; plan remains IBS management.',
      'GI centre: 45F labelled IBS-D 15 months, now nocturnal stools, weight loss, calprotectin 420, CRP 18, still managed as IBS')
def g_ibs_redflags(cid):
    b = start(cid, 'g4')
    o, (md, pa) = gi_setup(b, 'Anthem Blue Cross Blue Shield', 'YRH447120985', '2023-01-01', 'Anthem Blue Access PPO',
                           [('Gregory', 'Haldane', 'MD'), ('Megan', 'Strickland', 'PA-C')])
    b.patient('Christine Louise', 'Vandermolen', 'female', '1981-07-09', 'RDD-3381904', 'Dublin', 'OH', '43017', '5521 Brand Rd',
              '(614) 555-0139', marital='D', org=o)
    b.cond(b.C(('sct', '40930008', 'Hypothyroidism'), ('icd', 'E03.9', 'Hypothyroidism, unspecified')), '2016-02-01')
    b.cond(b.C(('icd', 'F41.1', 'Generalized anxiety disorder')), '2019-05-01')
    b.cond(b.C(('icd', 'O80', 'Encounter for full-term uncomplicated delivery')), '2012-03-03', status='resolved', abate='2012-03-05')
    e1 = b.enc('2025-08-19', 'Gastroenterology new patient', pract=md, reason='Loose stools and cramping', org=o)
    ibs = b.cond(b.C(('sct', '197125005', 'Irritable bowel syndrome characterized by diarrhea'), ('icd', 'K58.0', 'Irritable bowel syndrome with diarrhea')),
                 '2025-08-19', enc=e1, recorder=md, note='Rome IV criteria met. Stress at work. Reassurance given.')
    b.vitals('2025-08-19', e1, 118, 74, 76, wt=68.2, bmi=24.5)
    b.lab('31017-7', 'Tissue transglutaminase IgA Ab [Units/volume] in Serum', '2025-08-19', 1.2, '[U]/mL', high=4, enc=e1)
    b.medreq(rx('3361', 'dicyclomine', 'dicyclomine 20 mg tablet'), '2025-08-19', '20 mg by mouth up to four times daily as needed for cramping', reason=ibs, requester=md)
    e2 = b.enc('2026-03-10', 'Gastroenterology follow-up', pract=pa, reason='IBS-D follow-up', org=o)
    b.vitals('2026-03-10', e2, 116, 72, 80, wt=65.9)
    b.note('2026-03-10', 'IBS follow-up', '''
Follow-up IBS-D. Still 4-5 loose stools a day, urgency. Low-FODMAP diet tried with dietitian, partial help. Loperamide before work.
A/P: IBS-D, continue dicyclomine, add loperamide 2 mg prn. Return 6 months.
M. Strickland, PA-C
''', author=pa, enc=e2, org=o)
    b.medreq(rx('6468', 'loperamide', 'loperamide 2 mg capsule'), '2026-03-10', '2 mg by mouth as needed, max 8 mg/day', reason=ibs, requester=pa)
    e3 = b.enc('2026-10-20', 'Gastroenterology follow-up', pract=pa, reason='Worsening diarrhea', org=o)
    b.vitals('2026-10-20', e3, 112, 70, 92, wt=61.3, temp=37.6)
    b.cond(b.C(('sct', '62315008', 'Diarrhea'), ('icd', 'R19.7', 'Diarrhea, unspecified')), '2025-06-01', cat='encounter-diagnosis', enc=e3, recorded='2026-10-20')
    b.cond(b.C(('icd', 'R63.4', 'Abnormal weight loss')), '2026-05-01', cat='encounter-diagnosis', enc=e3, recorded='2026-10-20')
    cal = b.obs(cc(('loinc', '38445-3', 'Calprotectin [Mass/mass] in Stool')), '2026-10-20', 420, 'ug/g', high=50, enc=e3)
    crp = b.lab('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', '2026-10-20', 18, 'mg/L', high=5, enc=e3)
    alb = b.lab('1751-7', 'Albumin [Mass/volume] in Serum or Plasma', '2026-10-20', 3.2, 'g/dL', 3.5, 5.0, enc=e3)
    hb = b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-10-20', 12.3, 'g/dL', 12.0, 15.5, enc=e3)
    b.dr(b.C(('loinc', '24323-8', 'Comprehensive metabolic 2000 panel - Serum or Plasma')), '2026-10-20', 'Albumin low; otherwise unremarkable.', results=[alb], enc=e3)
    b.medstmt(rx('10582', 'levothyroxine', 'levothyroxine 75 mcg tablet'), '2016-02-15', dose='75 mcg daily')
    b.medstmt(rx('36437', 'sertraline', 'sertraline 50 mg tablet'), '2019-06-01', dose='50 mg daily')
    e4 = b.enc('2026-11-03', 'Telephone visit', cls='VR', pract=pa, reason='Lab results', org=o)
    b.note('2026-11-03', 'Telephone encounter - results', f'''
Called patient with stool and blood results (calprotectin 420, CRP 18, albumin 3.2).
She reports now waking 2-3 nights a week to have a bowel movement, occasional blood streaks on paper, weight down about 7 kg since last year without trying, low-grade evening temperatures.
Impression: IBS-D flare, likely stress related (new manager at work). Discussed that calprotectin can be elevated with NSAIDs; she denies NSAID use.
Plan: continue IBS regimen (dicyclomine, loperamide), restart low-FODMAP, consider peppermint oil. Follow up in 6 months.
M. Strickland, PA-C
''', author=pa, enc=e4, org=o)
    return b


# ---------------------------------------------------------------- G3 IBS-C controlled (near miss DSM)
@case('DIAGNOSIS_SYMPTOM_MISMATCH', 'near-miss',
      'IBS with constipation has been on the list since 2025, but with linaclotide the patient has been symptom-free at the 2026 visits, with a normal calprotectin and coeliac serology; there are no continuing or unexplained symptoms.',
      'GI centre: 38F IBS-C diagnosed 2025 with normal work-up, asymptomatic on linaclotide through 2026')
def g_ibsc_controlled(cid):
    b = start(cid, 'g1')
    o, (md, rd) = gi_setup(b, 'Blue Cross and Blue Shield of Illinois', 'XOF902331457', '2022-01-01', 'BCBSIL Blue Choice PPO',
                           [('Hannah', 'Kowalczyk', 'MD'), ('Teresa', 'Baptiste', 'RD')])
    b.patient('Aisha Noor', 'Siddiqui', 'female', '1988-11-30', 'LDH-00713368', 'Evanston', 'IL', '60201', '812 Judson Ave',
              '(847) 555-0172', marital='M', org=o)
    b.cond(b.C(('icd', 'G43.909', 'Migraine, unspecified, not intractable, without status migrainosus')), '2010-01-01')
    b.cond(b.C(('icd', 'D50.9', 'Iron deficiency anemia, unspecified')), '2019-04-01', status='resolved', abate='2019-10-01',
           note='Menorrhagia-related; resolved after iron and LNG-IUD.')
    e1 = b.enc('2025-03-04', 'Gastroenterology new patient', pract=md, reason='Constipation and bloating', org=o)
    ibs = b.cond(b.C(('sct', '440630006', 'Irritable bowel syndrome characterized by constipation'), ('icd', 'K58.1', 'Irritable bowel syndrome with constipation')),
                 '2025-03-04', enc=e1, recorder=md, note='Rome IV IBS-C. No alarm features.')
    b.cond(b.C(('icd', 'R10.84', 'Generalized abdominal pain')), '2024-10-01', status='resolved', abate='2025-06-10', enc=e1)
    b.vitals('2025-03-04', e1, 110, 68, 70, wt=61.0, bmi=22.4)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2025-03-04', 13.1, 'g/dL', 12.0, 15.5, enc=e1)
    b.lab('31017-7', 'Tissue transglutaminase IgA Ab [Units/volume] in Serum', '2025-03-04', 0.8, '[U]/mL', high=4, enc=e1)
    b.obs(cc(('loinc', '38445-3', 'Calprotectin [Mass/mass] in Stool')), '2025-03-04', 22, 'ug/g', high=50, enc=e1)
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2025-03-04', 2.2, 'm[IU]/L', 0.4, 4.5, enc=e1)
    b.medreq(rx('1242543', 'linaclotide', 'linaclotide 145 mcg capsule'), '2025-04-01', '145 mcg by mouth daily 30 minutes before breakfast',
             reason=ibs, requester=md, refills=11)
    e2 = b.enc('2025-05-20', 'Nutrition counseling', pract=rd, reason='IBS-C diet', org=o)
    b.note('2025-05-20', 'Dietitian note', 'Fiber optimization with psyllium, fluid goals 2 L/day, regular meal timing. Patient motivated.', author=rd, enc=e2, org=o)
    e3 = b.enc('2026-02-17', 'Gastroenterology follow-up', pract=md, reason='IBS-C follow-up', org=o)
    b.vitals('2026-02-17', e3, 112, 70, 68, wt=61.4)
    e4 = b.enc('2026-08-25', 'Gastroenterology follow-up', pract=md, reason='IBS-C follow-up', org=o)
    b.vitals('2026-08-25', e4, 108, 66, 66, wt=61.2)
    b.note('2026-08-25', 'GI follow-up', '''
IBS-C, on linaclotide 145 mcg since 4/2025.
Doing very well. One soft formed bowel movement daily (Bristol 4), no straining, no abdominal pain or bloating for over a year. No bleeding, weight stable, sleeps well.
Exam: abdomen soft, non-tender.
A/P: IBS-C, well controlled, asymptomatic. Continue linaclotide. Annual follow-up or sooner if needed.
H. Kowalczyk, MD
''', author=md, enc=e4, org=o)
    b.medstmt(rx('5640', 'ibuprofen', 'ibuprofen 400 mg tablet'), '2015-01-01', dose='400 mg as needed for migraine, rarely')
    b.allergy(T('Sulfonamide antibiotics'), reaction='Hives', recorded='2014-06-01')
    return b


# ---------------------------------------------------------------- G4 sigmoid colectomy planned
@case('MAJOR_PROCEDURE_PLANNED', 'positive',
      'Elective laparoscopic sigmoid colectomy (CPT 44204) ordered and scheduled for 2027-01-14 after three episodes of diverticulitis; not yet performed.',
      'GI centre: 58F recurrent sigmoid diverticulitis, laparoscopic sigmoid colectomy ordered for January 2027')
def g_colectomy(cid):
    b = start(cid, 'g5')
    o, (gi, cs) = gi_setup(b, 'UnitedHealthcare', 'UHC921077340', '2020-01-01', 'UnitedHealthcare Choice Plus PPO',
                           [('Rafael', 'Quintanilla', 'MD'), ('Lauren', 'Whitcomb', 'MD')])
    b.patient('Deborah Ann', 'Pruitt', 'female', '1968-02-14', 'GCG-7719034', 'Pasadena', 'TX', '77504', '3310 Burke Rd',
              '(713) 555-0146', marital='M', org=o)
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2014-01-01')
    b.cond(b.C(('icd', 'E66.9', 'Obesity, unspecified')), '2014-01-01')
    div = b.cond(b.C(('icd', 'K57.32', 'Diverticulitis of large intestine without perforation or abscess without bleeding')), '2025-09-02',
                 note='Episodes 9/2025 (outpatient antibiotics), 3/2026 (admitted, 3 cm pericolic abscess, IV antibiotics), 8/2026 (outpatient). CT-confirmed each time.')
    e1 = b.enc('2026-03-18', 'Inpatient admission', cls='IMP', reason='Acute sigmoid diverticulitis with abscess', org=o, end='2026-03-22', admit=('emd', 'From accident/emergency'))
    b.cond(b.C(('icd', 'K57.20', 'Diverticulitis of large intestine with perforation and abscess without bleeding')), '2026-03-18',
           status='resolved', abate='2026-04-15', cat='encounter-diagnosis', enc=e1)
    b.lab('6690-2', 'Leukocytes [#/volume] in Blood by Automated count', '2026-03-18', 16.4, '10*3/uL', 4.0, 11.0, enc=e1)
    e2 = b.enc('2026-09-29', 'Endoscopy suite', pract=gi, reason='Post-diverticulitis colonoscopy', org=o)
    b.proc(b.C(('cpt', '45378', 'Colonoscopy, flexible; diagnostic')), '2026-09-29', performer=gi, enc=e2,
           outcome='Extensive sigmoid diverticulosis with luminal narrowing, no mass; remainder normal to cecum')
    e3 = b.enc('2026-11-10', 'Colorectal surgery consultation', pract=cs, reason='Recurrent diverticulitis', org=o)
    b.vitals('2026-11-10', e3, 136, 84, 78, wt=96.2, bmi=34.1)
    sr = b.sreq(b.C(('cpt', '44204', 'Laparoscopy, surgical; colectomy, partial, with anastomosis')), '2026-11-10', status='active', intent='order',
                occ='2027-01-14T07:30:00-06:00', reason=div, requester=cs,
                note='Elective laparoscopic sigmoid colectomy with primary colorectal anastomosis. No diversion anticipated. Bowel prep and ERAS pathway.')
    b.enc('2027-01-14T07:30:00-06:00', 'Surgery - inpatient', cls='IMP', status='planned', pract=cs, reason='Laparoscopic sigmoid colectomy', org=o)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-11-10', 13.2, 'g/dL', 12.0, 15.5, enc=e3)
    b.lab('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', '2026-11-10', 0.8, 'mg/dL', 0.5, 1.1, enc=e3)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-11-10', 5.6, '%', high=5.7, enc=e3)
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 20 mg tablet'), '2014-02-01', dose='20 mg daily')
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 5 mg tablet'), '2019-08-01', dose='5 mg daily')
    b.note('2026-11-10', 'Colorectal surgery consult', f'''
COLORECTAL SURGERY CONSULTATION
58F with three CT-proven episodes of sigmoid diverticulitis in 12 months, including a March 2026 admission with a 3 cm pericolic abscess managed with IV antibiotics. Colonoscopy 9/29/2026: severe sigmoid diverticular disease with narrowing, no neoplasia. Persistent LLQ discomfort between episodes; missed work twice this year.
Exam: obese, abdomen soft, mild LLQ tenderness.
Assessment: recurrent complicated sigmoid diverticulitis.
Recommendation: elective laparoscopic sigmoid colectomy with primary anastomosis. Risks (leak, bleeding, infection, conversion to open, possible temporary stoma in the event of a leak) reviewed; patient wishes to proceed. Scheduled 01/14/2027. Pre-op clearance with PCP for hypertension.
L. Whitcomb, MD, FACS
''', author=cs, enc=e3, org=o)
    return b


# ---------------------------------------------------------------- G5 cholecystectomy already performed
@case('MAJOR_PROCEDURE_PLANNED', 'near-miss',
      'Laparoscopic cholecystectomy was ordered and has already been performed (2026-10-14, Procedure completed, order completed); there is no further operation planned.',
      'GI centre: 52M biliary colic, laparoscopic cholecystectomy already done October 2026, routine post-op visit')
def g_chole_done(cid):
    b = start(cid, 'g3')
    o, (gi, sx) = gi_setup(b, 'Aetna', 'W218845730', '2021-07-01', 'Aetna Open Access Managed Choice PPO',
                           [('Nathaniel', 'Boateng', 'MD'), ('Corinne', 'Ashby', 'MD')])
    b.patient('Jerome Wallace', 'Huggins', 'male', '1974-06-03', 'CLD-5520417', 'Gastonia', 'NC', '28054', '1419 Union Rd',
              '(704) 555-0126', marital='M', org=o)
    b.cond(b.C(('sct', '235595009', 'Gastroesophageal reflux disease'), ('icd', 'K21.9', 'Gastro-esophageal reflux disease without esophagitis')), '2017-01-01')
    b.cond(b.C(('sct', '78275009', 'Obstructive sleep apnea syndrome'), ('icd', 'G47.33', 'Obstructive sleep apnea (adult) (pediatric)')), '2020-03-01')
    e1 = b.enc('2026-08-26', 'Gastroenterology visit', pract=gi, reason='Recurrent RUQ pain after meals', org=o)
    gs = b.cond(b.C(('icd', 'K80.20', 'Calculus of gallbladder without cholecystitis without obstruction')), '2026-08-26', enc=e1,
                status='resolved', abate='2026-10-14')
    b.vitals('2026-08-26', e1, 132, 82, 74, wt=101.5, bmi=31.0)
    b.dr(b.C(('cpt', '76705', 'Ultrasound, abdominal, real time with image documentation; limited')), '2026-08-28',
         'Multiple mobile gallstones up to 1.4 cm. No wall thickening or pericholecystic fluid. CBD 4 mm.', cat='RAD')
    b.lab('1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', '2026-08-26', 24, 'U/L', 10, 40, enc=e1)
    b.lab('1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', '2026-08-26', 31, 'U/L', 7, 56, enc=e1)
    b.lab('1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma', '2026-08-26', 0.7, 'mg/dL', 0.1, 1.2, enc=e1)
    b.lab('3040-3', 'Lipase [Enzymatic activity/volume] in Serum or Plasma', '2026-08-26', 38, 'U/L', 10, 60, enc=e1)
    sr = b.sreq(b.C(('cpt', '47562', 'Laparoscopy, surgical; cholecystectomy')), '2026-09-09', status='completed', intent='order',
                occ='2026-10-14', reason=gs, requester=sx)
    e2 = b.enc('2026-10-14', 'Ambulatory surgery', pract=sx, reason='Symptomatic cholelithiasis', org=o, end='2026-10-14T16:00:00-04:00')
    b.proc(b.C(('cpt', '47562', 'Laparoscopy, surgical; cholecystectomy'), ('sct', '45595009', 'Laparoscopic cholecystectomy')), '2026-10-14',
           performer=sx, reason=gs, enc=e2, based=sr, outcome='Uncomplicated; discharged same day')
    b.dr(b.C(('loinc', '60567-5', 'Comprehensive pathology report panel')), '2026-10-16', 'Gallbladder: chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.', cat='SP')
    e3 = b.enc('2026-10-28', 'Postoperative visit', pract=sx, reason='Post-op check', org=o)
    b.vitals('2026-10-28', e3, 128, 80, 70, wt=100.2)
    b.note('2026-10-28', 'Post-operative visit', '''
POD 14 s/p laparoscopic cholecystectomy 10/14/2026.
Doing well, no pain, tolerating regular diet, no fever. Port sites clean, healing. Pathology: chronic cholecystitis, no malignancy.
Plan: resume full activity after 4 weeks. No further surgical follow-up needed; GI for GERD as scheduled.
C. Ashby, MD
''', author=sx, enc=e3, org=o)
    b.medstmt(rx('40790', 'pantoprazole', 'pantoprazole 40 mg tablet'), '2017-02-01', dose='40 mg daily')
    b.medstmt(rx('161', 'acetaminophen', 'acetaminophen 500 mg tablet'), '2026-10-14', status='completed', end='2026-10-24', dose='1000 mg every 8 h as needed')
    return b


# ---------------------------------------------------------------- G6 cirrhosis declined for transplant, palliative
@case('UNTREATABLE_PROGNOSIS', 'positive',
      'Decompensated alcohol-related cirrhosis (MELD-Na 29) declined by the transplant committee; hepatologist documents no further disease-directed options and opens a palliative care plan with hospice referral; no second opinion on record.',
      'GI centre transplant hepatology: 61M decompensated alcohol-related cirrhosis, declined for transplant, palliative plan')
def g_cirrhosis_palliative(cid):
    b = start(cid, 'g3')
    o, (hep, tc) = gi_setup(b, 'Blue Cross NC', 'NCB663120448', '2019-01-01', 'Blue Advantage PPO',
                            [('Samuel', 'Ferreira-Lind', 'MD'), ('Joyce', 'Okonkwo', 'RN')])
    b.patient('Randall Eugene', 'Tate', 'male', '1965-04-28', 'CLD-2209871', 'Concord', 'NC', '28025', '77 Poplar Tent Rd',
              '(704) 555-0199', marital='D', org=o)
    cir = b.cond(b.C(('sct', '420054005', 'Alcoholic cirrhosis'), ('icd', 'K70.31', 'Alcoholic cirrhosis of liver with ascites')), '2024-02-01', severity='Child-Pugh C')
    he = b.cond(b.C(('icd', 'K76.82', 'Hepatic encephalopathy')), '2026-04-10')
    b.cond(b.C(('icd', 'F10.21', 'Alcohol dependence, in remission')), '2018-01-01', status='remission', note='Last drink July 2026 per patient and sister.')
    b.cond(b.C(('icd', 'J18.9', 'Pneumonia, unspecified organism')), '2025-12-03', status='resolved', abate='2025-12-20')
    e1 = b.enc('2026-09-15', 'Transplant hepatology clinic', pract=hep, reason='Transplant evaluation', org=o)
    b.vitals('2026-09-15', e1, 102, 62, 88, wt=79.4)
    b.lab('1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma', '2026-09-15', 5.4, 'mg/dL', 0.1, 1.2, enc=e1)
    b.lab('6301-6', 'INR in Platelet poor plasma by Coagulation assay', '2026-09-15', 2.1, '{INR}', 0.9, 1.1, enc=e1)
    e2 = b.enc('2026-10-22', 'Transplant selection committee', cls='VR', pract=hep, reason='Candidacy review', org=o)
    b.note('2026-10-22', 'Transplant selection committee decision', '''
LIVER TRANSPLANT SELECTION COMMITTEE - DECISION
Candidate: 61M, alcohol-associated cirrhosis, MELD-Na 28-29, refractory ascites, HE.
Decision: DECLINED for listing. Reasons: <6 months documented abstinence with a relapse in July 2026, limited social support (lives alone, no identified caregiver), frailty (Liver Frailty Index 5.1). Not a candidate for re-referral at this program.
''', loinc=('11488-4', 'Consult note'), author=hep, enc=e2, org=o)
    e3 = b.enc('2026-11-12', 'Transplant hepatology clinic', pract=hep, reason='Decompensated cirrhosis', org=o)
    b.vitals('2026-11-12', e3, 98, 58, 94, wt=82.0)
    b.lab('1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma', '2026-11-12', 6.8, 'mg/dL', 0.1, 1.2, enc=e3)
    b.lab('6301-6', 'INR in Platelet poor plasma by Coagulation assay', '2026-11-12', 2.3, '{INR}', 0.9, 1.1, enc=e3)
    b.lab('1751-7', 'Albumin [Mass/volume] in Serum or Plasma', '2026-11-12', 2.4, 'g/dL', 3.5, 5.0, enc=e3)
    b.lab('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', '2026-11-12', 1.6, 'mg/dL', 0.7, 1.3, enc=e3)
    b.lab('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', '2026-11-12', 129, 'mmol/L', 135, 145, enc=e3)
    b.obs(T('MELD-Na score'), '2026-11-12', 29, '{score}', cat='exam', enc=e3, interp=None)
    b.proc(b.C(('cpt', '49083', 'Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance')), '2026-11-12', performer=hep, enc=e3,
           reason=cir, outcome='6.5 L removed, albumin replaced')
    b.medreq(rx('6218', 'lactulose', 'lactulose 10 g/15 mL oral solution'), '2026-04-10', '30 mL by mouth three times daily, titrate to 2-3 soft stools', reason=he, requester=hep)
    b.medreq(rx('35619', 'rifaximin', 'rifaximin 550 mg tablet'), '2026-04-10', '550 mg by mouth twice daily', reason=he, requester=hep)
    b.medreq(rx('9997', 'spironolactone', 'spironolactone 100 mg tablet'), '2025-01-10', '100 mg daily', reason=cir, requester=hep)
    b.careplan('Palliative care plan - end-stage liver disease', '2026-11-12',
               b.C(('sct', '103735009', 'Palliative care')), addresses=[cir], author=hep,
               desc='Comfort-focused care; symptom control of ascites and encephalopathy; home paracentesis coordination; hospice enrollment.',
               activities=[('Referral to hospice', 'scheduled'), ('Outpatient palliative medicine visit', 'scheduled'),
                           ('Therapeutic paracentesis as needed for comfort', 'in-progress')])
    b.sreq(b.C(('sct', '306205009', 'Referral to hospice service'), text='Referral to hospice'), '2026-11-12', status='active', intent='order',
           reason=cir, requester=hep)
    b.note('2026-11-12', 'Hepatology progress note', '''
TRANSPLANT HEPATOLOGY - PROGRESS NOTE
61M with decompensated alcohol-associated cirrhosis (Child-Pugh C, MELD-Na 29), refractory ascites needing paracentesis every 10-14 days, recurrent grade 2 HE on lactulose/rifaximin, creatinine rising.
The selection committee declined listing on 10/22/2026. I reviewed this with the patient and his sister: there are no further treatment options for his liver disease at this centre; TIPS is contraindicated (MELD, HE). Prognosis estimated at weeks to a few months.
Plan: transition to comfort-focused care; palliative care plan opened today; hospice referral placed; continue lactulose/rifaximin and paracentesis for comfort. Code status discussed: DNR.
S. Ferreira-Lind, MD
''', author=hep, enc=e3, org=o)
    return b


# ---------------------------------------------------------------- G7 metastatic colon cancer, second opinion on record
@case('UNTREATABLE_PROGNOSIS', 'near-miss',
      'Metastatic colon cancer with no further standard options and a hospice care plan, but an outside second opinion (NCI-designated centre, 2026-08-26) is on record within the last 12 months and concurred, so the flag is suppressed.',
      'GI oncology: 71F metastatic colon cancer after three lines, hospice plan, second opinion already obtained August 2026')
def g_colon_met_2nd(cid):
    b = start(cid, 'g1')
    o, (onc, gi) = gi_setup(b, 'Medicare Part B via Humana', 'H5216-044-118830', '2020-05-01', 'Humana Gold Plus HMO',
                            [('Elena', 'Marchetti', 'MD'), ('David', 'Roth', 'MD')])
    outside = b.org('Midwest Comprehensive Cancer Center (NCI-designated)', 'prov', city='Madison', state='WI')
    od = b.pract('Kenji', 'Harada', 'MD')
    b.patient('Maureen Frances', 'Callaghan', 'female', '1955-01-19', 'LDH-00288153', 'Oak Park', 'IL', '60302', '1022 N Kenilworth Ave',
              '(708) 555-0163', marital='W', org=o)
    ca = b.cond(b.C(('sct', '93761005', 'Primary malignant neoplasm of colon'), ('icd', 'C18.7', 'Malignant neoplasm of sigmoid colon')), '2023-05-10',
                note='pT3N1bM1a at diagnosis; KRAS G12D, MSS.')
    met = b.cond(b.C(('icd', 'C78.7', 'Secondary malignant neoplasm of liver and intrahepatic bile duct')), '2023-05-10')
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2010-01-01')
    b.medstmt(T('FOLFOX + bevacizumab'), '2023-06-05', status='completed', end='2024-08-20', reason=ca)
    b.medstmt(T('FOLFIRI + bevacizumab'), '2024-09-10', status='completed', end='2025-11-04', reason=ca)
    b.medstmt(rx('1670340', 'trifluridine / tipiracil', 'trifluridine-tipiracil (Lonsurf) + bevacizumab'), '2025-12-01', status='stopped', end='2026-06-30', reason=ca,
              note='Stopped for progression (liver) and declining performance status.')
    e1 = b.enc('2026-07-28', 'GI oncology clinic', pract=onc, reason='Restaging', org=o)
    b.dr(b.C(('cpt', '74177', 'Computed tomography, abdomen and pelvis; with contrast material(s)')), '2026-07-24',
         'Progression of multiple hepatic metastases (largest 6.2 cm, previously 4.1 cm); new small-volume ascites.', cat='RAD')
    b.lab('2039-6', 'Carcinoembryonic Ag [Mass/volume] in Serum or Plasma', '2026-07-24', 286, 'ng/mL', high=3.0, enc=e1)
    b.vitals('2026-07-28', e1, 118, 70, 96, wt=54.8)
    b.note('2026-07-28', 'GI oncology progress note', '''
Metastatic sigmoid adenocarcinoma, KRAS G12D, MSS, progressed on 3rd-line therapy. ECOG 2-3.
We discussed that there are no further standard treatment options likely to help; not a candidate for local liver-directed therapy given burden. Patient wishes an outside opinion before deciding; referral to Midwest Comprehensive Cancer Center for second opinion and trial screening.
E. Marchetti, MD
''', author=onc, enc=e1, org=o)
    e2 = b.enc('2026-08-26', 'Outside second opinion consultation', pract=od, reason='Second opinion - metastatic colon cancer', org=outside)
    b.sreq(T('Referral for second opinion - medical oncology'), '2026-07-28', status='completed', intent='order', reason=ca, requester=onc, performer=od)
    b.note('2026-08-26', 'Second opinion consultation (outside)', '''
MEDICAL ONCOLOGY SECOND OPINION - Midwest Comprehensive Cancer Center
Reason: second opinion on management of metastatic colon cancer after progression on trifluridine/tipiracil + bevacizumab.
Reviewed outside imaging and pathology. KRAS G12D, MSS, HER2 negative, no actionable fusion.
Opinion: I agree with Dr. Marchetti that there is no further standard therapy with meaningful expected benefit. Screened for our early-phase trials: ineligible (bilirubin, ECOG). Recommend best supportive care and hospice.
K. Harada, MD
''', loinc=('11488-4', 'Consult note'), author=od, enc=e2, org=outside)
    e3 = b.enc('2026-09-08', 'GI oncology clinic', pract=onc, reason='Goals of care', org=o)
    b.careplan('Hospice / comfort care', '2026-09-08', b.C(('sct', '385763009', 'Hospice care')), addresses=[ca, met], author=onc,
               desc='Enrolled with home hospice 9/2026. Comfort-focused symptom management.', activities=[('Home hospice nursing visits', 'in-progress')])
    b.medreq(rx('7052', 'morphine', 'morphine sulfate 15 mg extended-release tablet'), '2026-09-08', '15 mg by mouth every 12 hours', reason=ca, requester=onc)
    b.lab('1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma', '2026-09-08', 2.6, 'mg/dL', 0.1, 1.2, enc=e3)
    return b


# ---------------------------------------------------------------- G8 rectal cancer TNT started
@case('HIGH_IMPACT_TREATMENT', 'positive',
      'Rectal adenocarcinoma on total neoadjuvant therapy: CAPOX chemotherapy (oxaliplatin + capecitabine) started 2026-11-20 with further cycles planned; chemotherapy is in the high-impact set.',
      'GI cancer clinic: 61M stage III rectal cancer, CAPOX chemotherapy started November 2026')
def g_rectal_capox(cid):
    b = start(cid, 'g5')
    o, (onc, gi) = gi_setup(b, 'Blue Cross Blue Shield of Texas', 'ZGP558017362', '2018-01-01', 'BlueChoice PPO',
                            [('Vivian', 'Tran', 'MD'), ('Hector', 'Salinas', 'MD')])
    b.patient('Luis Alberto', 'Cardenas', 'male', '1965-09-07', 'GCG-8830451', 'Sugar Land', 'TX', '77479', '4610 Riverstone Blvd',
              '(281) 555-0110', marital='M', org=o, lang=('es', 'Spanish'))
    b.cond(b.C(('sct', '44054006', 'Diabetes mellitus type 2'), ('icd', 'E11.9', 'Type 2 diabetes mellitus without complications')), '2015-01-01')
    b.cond(b.C(('icd', 'K64.1', 'Second degree hemorrhoids')), '2024-01-01', status='resolved', abate='2024-06-01')
    e1 = b.enc('2026-10-14', 'Endoscopy suite', pract=gi, reason='Rectal bleeding', org=o)
    ca = b.cond(b.C(('sct', '254582000', 'Adenocarcinoma of rectum'), ('icd', 'C20', 'Malignant neoplasm of rectum')), '2026-10-14',
                note='Mid-rectal, 8 cm from anal verge. MRI: cT3c N1 (2 nodes), MRF clear, EMVI negative. CT chest/abd/pelvis: no distant metastases.')
    b.proc(b.C(('cpt', '45380', 'Colonoscopy, flexible; with biopsy, single or multiple')), '2026-10-14', performer=gi, enc=e1,
           outcome='Friable semicircumferential mass 8-12 cm from anal verge, biopsied')
    b.dr(b.C(('loinc', '60567-5', 'Comprehensive pathology report panel')), '2026-10-16',
         'Rectal mass, biopsy: invasive adenocarcinoma, moderately differentiated. MMR proteins intact (pMMR).', cat='SP')
    b.dr(b.C(('cpt', '72197', 'Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences')),
         '2026-10-24', 'Rectal MRI: mid-rectal tumor, cT3c, 2 suspicious mesorectal nodes (cN1), MRF clear, EMVI negative.', cat='RAD')
    e2 = b.enc('2026-11-06', 'Multidisciplinary tumor board', cls='VR', pract=onc, reason='Rectal cancer', org=o)
    b.note('2026-11-06', 'Tumor board summary', '''
GI MULTIDISCIPLINARY TUMOR BOARD
61M, mid-rectal adenocarcinoma cT3cN1M0, pMMR.
Recommendation: total neoadjuvant therapy - CAPOX x 4 cycles followed by short-course or long-course chemoradiation, then restaging MRI/endoscopy; subsequent management (organ preservation vs surgery) to be decided on response.
''', loinc=('11488-4', 'Consult note'), author=onc, enc=e2, org=o)
    e3 = b.enc('2026-11-13', 'Interventional radiology', reason='Port placement', org=o)
    b.proc(b.C(('cpt', '36561', 'Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older')), '2026-11-13', enc=e3)
    e4 = b.enc('2026-11-20', 'Infusion center', pract=onc, reason='C1D1 CAPOX', org=o)
    b.vitals('2026-11-20', e4, 134, 82, 76, wt=88.0)
    b.obs(T('ECOG performance status'), '2026-11-20', vstr='1', cat='exam', enc=e4)
    b.lab('751-8', 'Neutrophils [#/volume] in Blood by Automated count', '2026-11-20', 4.2, '10*3/uL', 1.5, 7.7, enc=e4)
    b.lab('777-3', 'Platelets [#/volume] in Blood by Automated count', '2026-11-20', 238, '10*3/uL', 150, 400, enc=e4)
    b.lab('2039-6', 'Carcinoembryonic Ag [Mass/volume] in Serum or Plasma', '2026-11-20', 7.8, 'ng/mL', high=3.0, enc=e4)
    b.medreq(rx('32592', 'oxaliplatin', 'oxaliplatin 130 mg/m2 IV'), '2026-11-18', '130 mg/m2 IV over 2 h on day 1 every 21 days x 4 cycles (C1D1 11/20/2026; C2 planned 12/11/2026)',
             reason=ca, requester=onc)
    b.medreq(rx('194000', 'capecitabine', 'capecitabine 500 mg tablet'), '2026-11-18', '1000 mg/m2 by mouth twice daily days 1-14 every 21 days',
             reason=ca, requester=onc)
    b.medreq(rx('26225', 'ondansetron', 'ondansetron 8 mg tablet'), '2026-11-18', '8 mg every 8 hours as needed for nausea', reason=ca, requester=onc)
    b.medstmt(rx('6809', 'metformin', 'metformin 1000 mg tablet'), '2015-02-01', dose='1000 mg twice daily')
    b.note('2026-11-20', 'Chemotherapy treatment note', '''
C1D1 CAPOX for rectal adenocarcinoma cT3cN1M0 (TNT).
Consent signed. Counseled on cold-induced neuropathy, hand-foot syndrome, diarrhea, cytopenias. Labs adequate. Oxaliplatin 130 mg/m2 given without reaction. Capecitabine days 1-14 started tonight.
Next: C2 on 12/11/2026.
V. Tran, MD
''', author=onc, enc=e4, org=o)
    return b


# ---------------------------------------------------------------- G9 colon cancer survivor, chemo completed 2021
@case('HIGH_IMPACT_TREATMENT', 'near-miss',
      'Adjuvant FOLFOX for stage III colon cancer was completed in 2021; she is now in surveillance with a clear 2026 colonoscopy and normal CEA, with no planned or current high-impact treatment.',
      'GI centre: 59F colon cancer survivor, chemotherapy completed 2021, routine surveillance colonoscopy clear')
def g_colon_survivor(cid):
    b = start(cid, 'g2')
    o, (gi, np_) = gi_setup(b, 'Kaiser Permanente Colorado', 'KPC004418270', '2019-01-01', 'KP Colorado Deductible HMO',
                            [('Thomas', 'Engberg', 'MD'), ('Rosa', 'Delgado', 'NP')])
    b.patient('Janet Marie', 'Holloway', 'female', '1967-05-25', 'MVG-0019532', 'Lakewood', 'CO', '80226', '9011 W Alameda Ave',
              '(303) 555-0155', marital='M', org=o)
    ca = b.cond(b.C(('icd', 'C18.2', 'Malignant neoplasm of ascending colon')), '2020-11-02', status='resolved', abate='2021-06-30',
                note='pT3N1aM0, right hemicolectomy 11/2020, adjuvant FOLFOX x 6 months completed 6/2021.')
    b.cond(b.C(('icd', 'Z85.038', 'Personal history of other malignant neoplasm of large intestine')), '2021-07-01')
    b.cond(b.C(('icd', 'G62.0', 'Drug-induced polyneuropathy')), '2021-04-01', note='Mild residual oxaliplatin neuropathy of toes, stable.')
    b.cond(b.C(('sct', '64859006', 'Osteoporosis'), ('icd', 'M81.0', 'Age-related osteoporosis without current pathological fracture')), '2024-03-01')
    b.proc(b.C(('cpt', '44160', 'Colectomy, partial, with removal of terminal ileum with ileocolostomy')), '2020-11-02', reason=ca)
    b.medstmt(T('FOLFOX (5-fluorouracil, leucovorin, oxaliplatin) adjuvant'), '2020-12-14', status='completed', end='2021-06-07', reason=ca,
              note='12 cycles; oxaliplatin dose-reduced at cycle 9 for neuropathy.')
    e1 = b.enc('2026-10-07', 'Endoscopy suite', pract=gi, reason='Surveillance colonoscopy - history of colon cancer', org=o)
    b.proc(b.C(('cpt', '45378', 'Colonoscopy, flexible; diagnostic')), '2026-10-07', performer=gi, enc=e1,
           outcome='Healthy ileocolic anastomosis; no polyps; good prep. Next colonoscopy in 5 years.')
    b.lab('2039-6', 'Carcinoembryonic Ag [Mass/volume] in Serum or Plasma', '2026-09-30', 1.4, 'ng/mL', high=3.0)
    b.lab('2039-6', 'Carcinoembryonic Ag [Mass/volume] in Serum or Plasma', '2025-09-22', 1.6, 'ng/mL', high=3.0)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-09-30', 13.4, 'g/dL', 12.0, 15.5)
    e2 = b.enc('2026-10-21', 'GI survivorship clinic', pract=np_, reason='Colon cancer survivorship', org=o)
    b.vitals('2026-10-21', e2, 122, 76, 68, wt=63.5)
    b.dr(b.C(('cpt', '74177', 'Computed tomography, abdomen and pelvis; with contrast material(s)')), '2025-10-01',
         'No evidence of recurrent or metastatic disease (5-year surveillance).', cat='RAD')
    b.medstmt(rx('46041', 'alendronate', 'alendronate 70 mg tablet'), '2024-03-15', dose='70 mg weekly')
    b.medstmt(rx('25480', 'gabapentin', 'gabapentin 100 mg capsule'), '2021-05-01', dose='100 mg at bedtime')
    b.note('2026-10-21', 'Survivorship visit', '''
COLON CANCER SURVIVORSHIP - year 6 after diagnosis
Completed right hemicolectomy 11/2020 and adjuvant FOLFOX (finished 6/2021). No further cancer treatment since.
Colonoscopy 10/7/2026 clear, CEA 1.4, CT 2025 no recurrence. Mild stable toe numbness. Working full time, hiking on weekends; reports good quality of life.
Plan: transition to primary care survivorship; colonoscopy 2031.
R. Delgado, NP
''', author=np_, enc=e2, org=o)
    return b


# ---------------------------------------------------------------- G10 MASH, Spanish portal message asking second opinion
@case('PATIENT_REPORTED_CONCERN', 'positive',
      'Patient-authored portal message (in Spanish) explicitly asks for a second opinion from another hepatologist because he feels his results were not explained; a staff Flag records the request.',
      'Hepatology: 54M MASH with F2 fibrosis, Spanish portal message asking for "una segunda opinion"')
def g_mash_spanish(cid):
    b = start(cid, 'g5')
    o, (hep, ma) = gi_setup(b, 'Cigna Healthcare', 'U55831902', '2022-01-01', 'Cigna Open Access Plus PPO',
                            [('Ingrid', 'Solberg', 'MD'), ('Yesenia', 'Robles', 'MA')])
    b.patient('Jose Manuel', 'Arriaga', 'male', '1972-08-16', 'GCG-6601287', 'Houston', 'TX', '77023', '7405 Harrisburg Blvd',
              '(713) 555-0177', marital='M', org=o, lang=('es', 'Spanish'))
    mash = b.cond(b.C(('icd', 'K75.81', 'Nonalcoholic steatohepatitis (NASH)')), '2026-06-10', note='MASH; VCTE 9.8 kPa (F2), CAP 322 dB/m.')
    b.cond(b.C(('sct', '44054006', 'Diabetes mellitus type 2'), ('icd', 'E11.9', 'Type 2 diabetes mellitus without complications')), '2019-01-01')
    b.cond(b.C(('icd', 'E66.01', 'Morbid (severe) obesity due to excess calories')), '2019-01-01')
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2020-01-01')
    e1 = b.enc('2026-06-10', 'Hepatology new patient', pract=hep, reason='Elevated liver enzymes', org=o)
    b.vitals('2026-06-10', e1, 138, 86, 80, wt=112.4, bmi=38.9)
    b.lab('1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', '2026-06-10', 88, 'U/L', 7, 56, enc=e1)
    b.lab('1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', '2026-06-10', 61, 'U/L', 10, 40, enc=e1)
    b.lab('777-3', 'Platelets [#/volume] in Blood by Automated count', '2026-06-10', 204, '10*3/uL', 150, 400, enc=e1)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-06-10', 7.2, '%', high=5.7, enc=e1)
    b.obs(T('Liver stiffness by vibration-controlled transient elastography (FibroScan)'), '2026-06-24', 9.8, 'kPa', high=7.0, cat='imaging')
    b.obs(T('Controlled attenuation parameter (CAP)'), '2026-06-24', 322, 'dB/m', high=248, cat='imaging')
    e2 = b.enc('2026-10-28', 'Hepatology follow-up', pract=hep, reason='MASH follow-up', org=o)
    b.vitals('2026-10-28', e2, 136, 84, 78, wt=110.9)
    b.note('2026-10-28', 'Hepatology follow-up', '''
MASH with F2 fibrosis by VCTE. Spanish interpreter used (phone).
Counseled on 7-10% weight loss, Mediterranean diet, exercise. Discussed that resmetirom was not approved by his plan (prior auth denied 9/2026). Will recheck elastography in 12 months. Continue metformin via PCP.
I. Solberg, MD
''', author=hep, enc=e2, org=o)
    b.medstmt(rx('6809', 'metformin', 'metformin 1000 mg tablet'), '2019-02-01', dose='1000 mg twice daily')
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 10 mg tablet'), '2020-02-01', dose='10 mg daily')
    c = b.comm('2026-11-18T21:14:00-06:00', 'Buenas noches Dra. Solberg. Quisiera pedir una segunda opinión con otro especialista del hígado. '
               'En la última cita no entendí bien mis resultados y siento que no me tomaron en serio cuando pregunté por el medicamento. '
               'Me preocupa que mi hígado empeore. ¿Me pueden dar una referencia? Gracias, José Arriaga',
               b.pat, hep, cat=b.C(('http://terminology.hl7.org/CodeSystem/communication-category', 'notification', 'Notification'), text='Patient portal message'),
               topic='Segunda opinión', medium=('WRITTEN', 'written'))
    b.flag(b.C(text='Patient requests second opinion (another hepatologist) - portal message 11/18/2026; Spanish interpreter for call-back'), '2026-11-19', ma,
           cat=b.C(('http://terminology.hl7.org/CodeSystem/flag-category', 'admin', 'Administrative')))
    return b


# ---------------------------------------------------------------- G11 UC, message about "second copy" of report
@case('PATIENT_REPORTED_CONCERN', 'near-miss',
      'The patient message asks for a second copy of his colonoscopy report and records transfer because he is moving, and to reschedule an infusion; it is not a request for a second opinion or an expression of being dismissed.',
      'IBD infusion: 47M UC in remission on vedolizumab, portal message asks for "a second copy" of records before moving')
def g_uc_second_copy(cid):
    b = start(cid, 'g4')
    o, (md, rn) = gi_setup(b, 'Medical Mutual of Ohio', 'MMO71044298', '2021-01-01', 'SuperMed PPO',
                           [('Olivia', 'Brennan-Shah', 'MD'), ('Keith', 'Dorsey', 'RN')])
    b.patient('Bradley Scott', 'Nakamura', 'male', '1979-12-02', 'RDD-4470251', 'Westerville', 'OH', '43081', '288 Otterbein Ave',
              '(614) 555-0108', marital='M', org=o)
    uc = b.cond(b.C(('sct', '64766004', 'Ulcerative colitis'), ('icd', 'K51.50', 'Left sided colitis without complications')), '2019-08-01')
    b.cond(b.C(('icd', 'K29.70', 'Gastritis, unspecified, without bleeding')), '2022-02-01', status='resolved', abate='2022-05-01')
    b.cond(b.C(('sct', '55822004', 'Hyperlipidemia'), ('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2021-01-01')
    b.medreq(rx('1538097', 'vedolizumab', 'vedolizumab 300 mg IV'), '2024-03-01', '300 mg IV every 8 weeks', reason=uc, requester=md)
    for d, pm in [('2026-05-27', 1), ('2026-09-16', 0)]:
        e = b.enc(d, 'IBD infusion suite', pract=rn, reason='Vedolizumab infusion', org=o)
        b.obs(T('Partial Mayo score'), d, pm, '{score}', cat='survey', enc=e, interp=None)
    e2 = b.enc('2026-08-12', 'Endoscopy suite', pract=md, reason='UC surveillance', org=o)
    b.proc(b.C(('cpt', '45380', 'Colonoscopy, flexible; with biopsy, single or multiple')), '2026-08-12', performer=md, enc=e2,
           outcome='Mayo endoscopic subscore 0; random biopsies no dysplasia')
    b.obs(cc(('loinc', '38445-3', 'Calprotectin [Mass/mass] in Stool')), '2026-08-01', 35, 'ug/g', high=50)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-09-16', 14.6, 'g/dL', 13.5, 17.5)
    e3 = b.enc('2026-09-30', 'IBD clinic', pract=md, reason='UC follow-up', org=o)
    b.vitals('2026-09-30', e3, 124, 78, 64, wt=81.2)
    b.note('2026-09-30', 'IBD clinic note', '''
Left-sided UC, clinical and endoscopic remission on vedolizumab q8w (partial Mayo 0, Mayo endoscopic 0, calprotectin 35).
Patient happy with care. Relocating to Denver for work in January 2027.
Plan: continue vedolizumab; will help transfer care to an IBD center in Denver.
O. Brennan-Shah, MD
''', author=md, enc=e3, org=o)
    c1 = b.comm('2026-11-16T08:02:00-05:00', 'Hi, could you please send me a second copy of my August colonoscopy report and the biopsy results? '
                'The first one got lost in the move. My new gastroenterologist in Denver (Dr. Patel at Front Range IBD) will need my records, including infusion history. '
                'Also I need to move my December 2nd infusion to December 9th if possible. Thanks!', b.pat, rn,
                cat=b.C(text='Patient portal message'), topic='Records and infusion scheduling')
    b.comm('2026-11-16T14:30:00-05:00', 'Records release form sent to your portal; infusion moved to 12/9 at 10:00. -Keith, RN', rn, b.pat,
           cat=b.C(text='Patient portal message'), in_response=c1)
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 10 mg tablet'), '2021-02-01', dose='10 mg daily')
    return b


# ---------------------------------------------------------------- G12 Crohn's worsening on ustekinumab
@case('WORSENING_DESPITE_TREATMENT', 'positive',
      'Harvey-Bradshaw Index rose 4 -> 7 -> 10 -> 12 from May to November 2026 (>= 3-point MCID, >90 days, 4 values) with CRP and calprotectin rising, while ustekinumab maintenance was given on schedule throughout.',
      'IBD centre: 29F ileocolonic Crohn\'s, HBI 4 to 12 over 6 months despite on-schedule ustekinumab')
def g_crohn_worse(cid):
    b = start(cid, 'g4')
    o, (md, rn) = gi_setup(b, 'CareSource', 'CSO55210873', '2023-01-01', 'CareSource Marketplace HMO',
                           [('Michael', 'Adeyemi', 'MD'), ('Stephanie', 'Kuhn', 'RN')])
    b.patient('Kayla Marie', 'Brandt', 'female', '1997-04-11', 'RDD-5590318', 'Grove City', 'OH', '43123', '3920 Broadway Apt 4B',
              '(614) 555-0191', marital='S', org=o)
    cd = b.cond(b.C(('sct', '34000006', "Crohn's disease"), ('icd', 'K50.80', "Crohn's disease of both small and large intestine without complications")), '2021-10-01',
                note='Montreal A2 L3 B1. Failed adalimumab (secondary loss of response with antibodies) 2025.')
    b.cond(b.C(('icd', 'D50.9', 'Iron deficiency anemia, unspecified')), '2022-01-01', status='resolved', abate='2022-09-01')
    b.cond(b.C(('icd', 'F41.9', 'Anxiety disorder, unspecified')), '2020-01-01')
    b.medstmt(rx('327361', 'adalimumab', 'adalimumab 40 mg/0.4 mL pen'), '2022-02-01', status='stopped', end='2025-12-15', reason=cd,
              note='Stopped: loss of response, low trough with anti-drug antibodies.')
    b.medreq(rx('847083', 'ustekinumab', 'ustekinumab'), '2026-01-12',
             '6 mg/kg IV induction 1/15/2026, then 90 mg subcutaneously every 8 weeks (administered in infusion suite)', reason=cd, requester=md,
             note='Doses given 3/12, 5/7, 7/2, 8/27, 10/22/2026.')
    vals = [('2026-05-20', 4, 6, 180), ('2026-07-22', 7, 11, 340), ('2026-09-16', 10, 19, 520), ('2026-11-18', 12, 29, 640)]
    for d, hbi, crp, cal in vals:
        e = b.enc(d, 'IBD clinic', pract=md, reason="Crohn's disease follow-up", org=o)
        b.obs(b.C(('local:ibd-scores', 'HBI', 'Harvey-Bradshaw Index')), d, hbi, '{score}', cat='survey', enc=e, interp=None)
        b.lab('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', d, crp, 'mg/L', high=5, enc=e)
        b.obs(cc(('loinc', '38445-3', 'Calprotectin [Mass/mass] in Stool')), d, cal, 'ug/g', high=50, enc=e)
    b.vitals('2026-11-18', e, 108, 68, 98, wt=55.1, temp=37.4)
    b.note('2026-11-18', 'IBD clinic progress note', '''
Ileocolonic Crohn's disease on ustekinumab 90 mg SC q8w since 3/2026 (IV induction 1/2026); all doses given on time in our infusion suite.
Symptoms steadily worse since late spring: now 6-7 liquid stools/day, RLQ pain, fatigue, 3 kg weight loss. HBI 4 (May) -> 7 (Jul) -> 10 (Sep) -> 12 today. CRP 6 -> 29, calprotectin 180 -> 640.
Assessment: active Crohn's disease worsening despite ustekinumab maintenance.
Plan: MR enterography, ustekinumab drug level; discuss interval shortening vs switch of class.
M. Adeyemi, MD
''', author=md, enc=e, org=o)
    return b


# ---------------------------------------------------------------- G13 UC worsening after mesalamine stopped
@case('WORSENING_DESPITE_TREATMENT', 'near-miss',
      'Partial Mayo score rose 1 -> 4 -> 6, but mesalamine had been stopped in May 2026 (cost after a plan change) and was only re-prescribed on 2026-11-20; treatment was not running during the decline.',
      'GI centre: 50M left-sided UC flaring after he stopped mesalamine because of cost; restarted November 2026')
def g_uc_off_treatment(cid):
    b = start(cid, 'g1')
    o, (md, pa) = gi_setup(b, 'Ambetter from Illinois', 'AMB30917755', '2026-04-01', 'Ambetter Balanced Care 4 HMO',
                           [('Farah', 'Qureshi', 'MD'), ('Derek', 'Molnar', 'PA-C')])
    b.patient('Patrick Joseph', 'Kilbride', 'male', '1976-03-03', 'LDH-00955120', 'Cicero', 'IL', '60804', '2217 S 61st Ct',
              '(708) 555-0121', marital='M', org=o)
    uc = b.cond(b.C(('sct', '64766004', 'Ulcerative colitis'), ('icd', 'K51.50', 'Left sided colitis without complications')), '2017-05-01')
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2019-01-01')
    b.cond(b.C(('icd', 'S62.101A', 'Fracture of unspecified carpal bone, right wrist')), '2020-06-01', status='resolved', abate='2020-09-01')
    b.medstmt(rx('52582', 'mesalamine', 'mesalamine 1.2 g delayed-release tablet'), '2017-06-01', status='stopped', end='2026-05-10',
              dose='4.8 g daily', reason=uc, note='Patient stopped when new marketplace plan required prior authorization and copay was $410/month.', asserted='2026-08-18')
    for d, pm, src in [('2026-04-14', 1, 'IBD clinic'), ('2026-08-18', 4, 'IBD clinic'), ('2026-11-20', 6, 'IBD clinic')]:
        e = b.enc(d, src, pract=md if d != '2026-08-18' else pa, reason='Ulcerative colitis follow-up', org=o)
        b.obs(T('Partial Mayo score (stool frequency, rectal bleeding, physician global)'), d, pm, '{score}', cat='survey', enc=e, interp=None)
        b.vitals(d, e, 132, 84, 76 if pm < 4 else 88, wt=86.0 - pm * 0.4)
    b.obs(cc(('loinc', '38445-3', 'Calprotectin [Mass/mass] in Stool')), '2026-11-20', 410, 'ug/g', high=50, enc=e)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-11-20', 13.6, 'g/dL', 13.5, 17.5, enc=e)
    b.medreq(rx('52582', 'mesalamine', 'mesalamine 1.2 g delayed-release tablet'), '2026-11-20', '4.8 g by mouth daily with food', reason=uc, requester=md,
             note='Prior authorization approved 11/19/2026; manufacturer copay card.')
    b.medreq(rx('52582', 'mesalamine', 'mesalamine 1 g rectal suppository'), '2026-11-20', '1 g per rectum nightly', reason=uc, requester=md)
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 5 mg tablet'), '2019-01-15', dose='5 mg daily')
    b.note('2026-11-20', 'IBD clinic note', '''
Left-sided UC, previously in remission on mesalamine 4.8 g/day for years.
He stopped mesalamine in May 2026 when his new insurance required prior authorization and the copay became unaffordable; did not call us. Since summer: increasing stool frequency, now 5-6/day with blood, urgency. Partial Mayo 6.
Assessment: UC flare after discontinuation of maintenance therapy.
Plan: PA approved yesterday; restart oral mesalamine 4.8 g + mesalamine suppositories; recheck in 6 weeks; escalate if no response.
F. Qureshi, MD
''', author=md, enc=e, org=o)
    return b


# ---------------------------------------------------------------- G14 Wilson disease
@case('RARE_OR_COMPLEX_CONDITION', 'positive',
      'Active Wilson disease (E83.01, SNOMED 88518009; Orphanet ORPHA:905) with ATP7B variants, on trientine; a rare disease.',
      'Hepatology: 27M Wilson disease, hepatic presentation 2024, stable on trientine')
def g_wilson(cid):
    b = start(cid, 'g3')
    o, (hep, ga) = gi_setup(b, 'Blue Cross NC', 'NCB771093314', '2023-01-01', 'Blue Advantage PPO',
                            [('Anjali', 'Raman', 'MD'), ('Peter', 'Lindgren', 'MS, CGC')])
    b.patient('Tyler James', 'Whitfield', 'male', '1999-10-05', 'CLD-6615730', 'Durham', 'NC', '27705', '2209 Erwin Rd Apt 12',
              '(919) 555-0137', marital='S', org=o)
    wd = b.cond(b.C(('sct', '88518009', 'Wilson disease'), ('icd', 'E83.01', "Wilson's disease")), '2024-03-12',
                note='Presented with ALT 410, Coombs-negative hemolysis; KF rings on slit lamp; ATP7B p.His1069Gln / c.3207C>A compound heterozygous.')
    b.cond(b.C(('icd', 'K72.00', 'Acute and subacute hepatic failure without coma')), '2024-03-12', status='resolved', abate='2024-06-01')
    b.cond(b.C(('icd', 'F90.0', 'Attention-deficit hyperactivity disorder, predominantly inattentive type')), '2010-01-01')
    b.dr(b.C(('loinc', '51969-4', 'Genetic analysis report')), '2024-04-02', 'ATP7B sequencing: two pathogenic variants in trans (p.His1069Gln; c.3207C>A). Consistent with Wilson disease.', cat='GE', performer=ga)
    b.medreq(rx('10839', 'trientine', 'trientine hydrochloride 250 mg capsule'), '2024-04-10', '500 mg by mouth twice daily on an empty stomach', reason=wd, requester=hep)
    for d, alt, uc in [('2025-11-04', 38, 310), ('2026-05-12', 34, 290), ('2026-11-10', 29, 270)]:
        e = b.enc(d, 'Hepatology - metabolic liver clinic', pract=hep, reason="Wilson's disease monitoring", org=o)
        b.lab('1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', d, alt, 'U/L', 7, 56, enc=e)
        b.obs(T('Copper [Mass/time] in 24 hour Urine'), d, uc, 'ug/(24.h)', 200, 500, enc=e, note='On-chelation target 200-500')
    b.obs(T('Ceruloplasmin [Mass/volume] in Serum'), '2024-03-14', 6, 'mg/dL', 20, 35)
    b.obs(T('Slit-lamp examination - Kayser-Fleischer rings'), '2026-05-12', vstr='Faint residual KF rings, regressing', cat='exam')
    b.vitals('2026-11-10', e, 118, 72, 66, wt=74.8)
    b.lab('777-3', 'Platelets [#/volume] in Blood by Automated count', '2026-11-10', 188, '10*3/uL', 150, 400, enc=e)
    b.note('2026-11-10', 'Metabolic liver clinic note', '''
Wilson disease (hepatic), diagnosed 3/2024 with acute hepatitis and hemolysis. On trientine 500 mg BID, good adherence (pill counts, urinary copper in target).
ALT normalized, platelets normal, no neuro-psychiatric symptoms. FibroScan 6.1 kPa.
Plan: continue trientine; low-copper diet; annual slit lamp; siblings screened (sister heterozygous carrier).
A. Raman, MD
''', author=hep, enc=e, org=o)
    b.medstmt(T('methylphenidate ER 36 mg'), '2018-01-01', dose='36 mg every morning')
    return b


# ---------------------------------------------------------------- G15 Barrett esophagus (common)
@case('RARE_OR_COMPLEX_CONDITION', 'near-miss',
      'Barrett esophagus without dysplasia with GERD is common and not in a rare-disease list; only four active chronic conditions.',
      'Endoscopy: 62M Barrett esophagus without dysplasia on surveillance; common condition')
def g_barrett(cid):
    b = start(cid, 'g2')
    o, (gi, np_) = gi_setup(b, 'Cigna Healthcare', 'U44019833', '2020-01-01', 'Cigna Open Access Plus PPO',
                            [('William', 'Ostrowski', 'MD'), ('Kendra', 'Hale', 'NP')])
    b.patient('Gary Lee', 'Schumacher', 'male', '1964-01-29', 'MVG-0031877', 'Littleton', 'CO', '80120', '5880 S Lowell Blvd',
              '(303) 555-0118', marital='M', org=o)
    be = b.cond(b.C(('sct', '302914006', 'Barrett esophagus'), ('icd', 'K22.70', "Barrett's esophagus without dysplasia")), '2023-09-19',
                note='C2M4 Prague; non-dysplastic on two consecutive endoscopies.')
    b.cond(b.C(('sct', '235595009', 'Gastroesophageal reflux disease'), ('icd', 'K21.9', 'Gastro-esophageal reflux disease without esophagitis')), '2012-01-01')
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2015-01-01')
    b.cond(b.C(('icd', 'E78.00', 'Pure hypercholesterolemia, unspecified')), '2015-01-01')
    b.cond(b.C(('icd', 'K57.30', 'Diverticulosis of large intestine without perforation or abscess without bleeding')), '2019-05-01', status='inactive')
    e1 = b.enc('2026-09-22', 'Endoscopy suite', pract=gi, reason="Barrett's surveillance", org=o)
    b.proc(b.C(('cpt', '43239', 'Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple')), '2026-09-22', performer=gi, enc=e1, reason=be,
           outcome='C2M4 salmon-colored mucosa, Seattle protocol biopsies')
    b.dr(b.C(('loinc', '60567-5', 'Comprehensive pathology report panel')), '2026-09-24',
         'Distal esophagus (Seattle protocol, 8 jars): columnar mucosa with intestinal metaplasia (goblet cells). Negative for dysplasia.', cat='SP')
    e2 = b.enc('2026-10-06', 'GI clinic', pract=np_, reason='Results review', org=o)
    b.vitals('2026-10-06', e2, 134, 80, 70, wt=92.0, bmi=29.0)
    b.medstmt(rx('7646', 'omeprazole', 'omeprazole 40 mg capsule'), '2012-02-01', dose='40 mg daily', reason=be)
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 20 mg tablet'), '2015-02-01', dose='20 mg daily')
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 40 mg tablet'), '2015-02-01', dose='40 mg daily')
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-09-15', 15.0, 'g/dL', 13.5, 17.5)
    b.note('2026-10-06', 'Results visit', '''
Non-dysplastic Barrett's esophagus (C2M4) on surveillance; 9/22/2026 biopsies negative for dysplasia. GERD symptoms controlled on omeprazole 40 mg daily.
Plan: continue PPI; next surveillance EGD in 3 years (2029) per ACG guideline. Weight loss and head-of-bed elevation encouraged.
K. Hale, NP
''', author=np_, enc=e2, org=o)
    return b
