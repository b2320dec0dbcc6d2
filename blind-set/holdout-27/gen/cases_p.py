from common import start
from lib import cc, T, rx
from cases_g import case as _case

CASES = []


def case(target, kind, why, summary, expected=None):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, why=why, summary=summary, fn=fn,
                          expected=expected if expected is not None else ([target] if kind == 'positive' else [])))
        return fn
    return deco


def ger_setup(b, docs, member, plan='Original Medicare Part A/B', payer='Centers for Medicare & Medicaid Services', kind='medicare', start_='2012-01-01'):
    o = b.org(b.orgname, 'prov', npi='1669483027', phone='(555) 210-7700', city=b.city, state=b.state)
    p = b.org(payer, 'pay')
    prs = [b.pract(g, f, q) for g, f, q in docs]
    b.coverage(p, kind, member, start_, plan)
    return o, prs


HTN = lambda b, d, **k: b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), d, **k)


# ---------------------------------------------------------------- P1 iron-deficiency anaemia, no follow-up
@case('PERSISTENT_SYMPTOMS_NORMAL_WORKUP', 'positive',
      'Red-flag e-trigger: iron-deficiency anaemia (Hb 9.6, MCV 74, ferritin 6) found 2026-07-14 with no repeat, iron, GI referral or endoscopy in the 140 days since, while fatigue continues in nursing notes.',
      'SNF physicians: 78F long-term resident, new iron-deficiency anaemia July 2026 never followed up')
def p_ida_no_followup(cid):
    b = start(cid, 'p4')
    o, (md, np_, rn) = ger_setup(b, [('Leonard', 'Ashworth', 'MD'), ('Grace', 'Oduya', 'NP'), ('Melissa', 'Carney', 'RN')], '3WK7-GH2-MX81')
    snf = b.org('Maple Terrace Skilled Nursing and Rehabilitation', 'prov', city='Shrewsbury', state='MA')
    b.patient('Dorothy Ellen', 'Fitzgerald', 'female', '1948-02-09', 'OPA-220931', 'Shrewsbury', 'MA', '01545', '40 Maple Ave (Maple Terrace SNF, Rm 214)',
              marital='W', org=o, gp=md)
    HTN(b, '2005-01-01')
    b.cond(b.C(('sct', '239873007', 'Osteoarthritis of knee'), ('icd', 'M17.0', 'Bilateral primary osteoarthritis of knee')), '2012-01-01')
    b.cond(b.C(('sct', '40930008', 'Hypothyroidism'), ('icd', 'E03.9', 'Hypothyroidism, unspecified')), '2009-01-01')
    b.cond(b.C(('icd', 'N39.0', 'Urinary tract infection, site not specified')), '2026-02-03', status='resolved', abate='2026-02-12')
    b.cond(b.C(('icd', 'S72.001A', 'Fracture of unspecified part of neck of right femur')), '2024-11-20', status='resolved', abate='2025-04-01',
           note='Hemiarthroplasty 11/2024; SNF long-term stay since.')
    e1 = b.enc('2026-07-14', 'SNF monthly physician visit', cls='NONAC', pract=np_, reason='Routine long-term care visit', org=o)
    b.vitals('2026-07-14', e1, 128, 70, 84, wt=58.2)
    r = [b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-07-14', 9.6, 'g/dL', 12.0, 15.5, enc=e1),
         b.lab('787-2', 'MCV [Entitic volume] by Automated count', '2026-07-14', 74, 'fL', 80, 100, enc=e1),
         b.lab('2276-4', 'Ferritin [Mass/volume] in Serum or Plasma', '2026-07-14', 6, 'ng/mL', 11, 307, enc=e1),
         b.lab('2502-3', 'Iron saturation [Mass Fraction] in Serum or Plasma', '2026-07-14', 5, '%', 15, 50, enc=e1),
         b.lab('777-3', 'Platelets [#/volume] in Blood by Automated count', '2026-07-14', 412, '10*3/uL', 150, 400, enc=e1)]
    b.dr(b.C(('loinc', '58410-2', 'CBC panel - Blood by Automated count')), '2026-07-14', 'Microcytic anemia with low ferritin.', results=r, enc=e1)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2025-07-10', 12.6, 'g/dL', 12.0, 15.5)
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-07-14', 2.8, 'm[IU]/L', 0.4, 4.5, enc=e1)
    b.note('2026-07-15', 'SNF monthly visit', '''
Monthly LTC visit. Resident comfortable, eating ~75% of meals, ambulates with walker to dining room. Staff report she is more tired in the afternoons and naps more.
Labs from 7/14 reviewed and signed.
Plan: continue current medications. Next routine labs in 6 months.
G. Oduya, NP
''', author=np_, enc=e1, org=o)
    for d, txt in [('2026-08-21', 'Resident fatigued after PT, declined second session. Pale. No complaints of pain. No black stools reported by aides.'),
                   ('2026-10-02', 'Increased fatigue, short of breath walking to dining room, requested wheelchair. Vitals stable. MD/NP aware.'),
                   ('2026-11-13', 'Continues to nap most of afternoon. Dyspnea on exertion with ADLs. Skin pale.')]:
        b.note(d, 'Nursing note', txt, loinc=('34746-8', 'Nurse Note'), author=rn, org=snf)
    e2 = b.enc('2026-10-06', 'SNF monthly physician visit', cls='NONAC', pract=md, reason='Routine long-term care visit', org=o)
    b.vitals('2026-10-06', e2, 124, 68, 92, wt=57.1)
    b.note('2026-10-06', 'SNF physician visit', '''
Monthly visit. More tired per staff, uses wheelchair for longer distances. Lungs clear, no edema. Mood ok.
A/P: deconditioning; encourage PT. HTN controlled. Continue levothyroxine.
L. Ashworth, MD
''', author=md, enc=e2, org=o)
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 5 mg tablet'), '2015-01-01', dose='5 mg daily')
    b.medstmt(rx('10582', 'levothyroxine', 'levothyroxine 50 mcg tablet'), '2009-02-01', dose='50 mcg daily')
    b.medstmt(rx('161', 'acetaminophen', 'acetaminophen 650 mg tablet'), '2024-12-01', dose='650 mg three times daily')
    b.medstmt(rx('1191', 'aspirin', 'aspirin 81 mg tablet'), '2015-01-01', dose='81 mg daily')
    return b


# ---------------------------------------------------------------- P2 metformin GI upset (near miss PSNW)
@case('PERSISTENT_SYMPTOMS_NORMAL_WORKUP', 'near-miss',
      'Nausea and loose stools recorded at two visits three weeks apart after starting metformin, explained by the drug and resolved after switching to the extended-release form; short, explained and resolved.',
      'Geriatrics: 74F nausea and loose stools after starting metformin, resolved on ER formulation within a month')
def p_metformin_gi(cid):
    b = start(cid, 'p1')
    o, (md, np_) = ger_setup(b, [('Hiroshi', 'Tanabe', 'MD'), ('Delia', 'Marquez', 'APRN')], 'H1036-077-55210', plan='Humana Gold Plus HMO',
                             payer='Humana', kind='hmo', start_='2019-01-01')
    b.patient('Beverly Jean', 'Castellano', 'female', '1952-08-12', 'ECP-0517722', 'Tampa', 'FL', '33614', '4902 W Linebaugh Ave',
              '(813) 555-0143', marital='M', org=o, gp=md)
    dm = b.cond(b.C(('sct', '44054006', 'Diabetes mellitus type 2'), ('icd', 'E11.9', 'Type 2 diabetes mellitus without complications')), '2026-08-19')
    HTN(b, '2010-01-01')
    b.cond(b.C(('sct', '55822004', 'Hyperlipidemia'), ('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2010-01-01')
    b.cond(b.C(('icd', 'H25.9', 'Unspecified age-related cataract')), '2022-01-01', status='resolved', abate='2023-03-15', note='Bilateral cataract surgery 2023.')
    e0 = b.enc('2026-08-19', 'Geriatric primary care visit', pract=md, reason='Diabetes follow-up', org=o)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-08-12', 7.6, '%', high=5.7, enc=e0)
    b.medreq(rx('6809', 'metformin', 'metformin 500 mg tablet'), '2026-09-02', '500 mg by mouth twice daily with meals', status='stopped', reason=dm, requester=md)
    e1 = b.enc('2026-09-16', 'Geriatric primary care visit', pract=np_, reason='Nausea and loose stools', org=o)
    b.vitals('2026-09-16', e1, 132, 78, 74, wt=70.1)
    b.cond(b.C(('sct', '422587007', 'Nausea'), ('icd', 'R11.0', 'Nausea')), '2026-09-05', status='resolved', abate='2026-10-01', cat='encounter-diagnosis', enc=e1)
    b.cond(b.C(('sct', '62315008', 'Diarrhea'), ('icd', 'R19.7', 'Diarrhea, unspecified')), '2026-09-05', status='resolved', abate='2026-10-01', cat='encounter-diagnosis', enc=e1)
    b.lab('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', '2026-09-16', 139, 'mmol/L', 135, 145, enc=e1)
    b.lab('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', '2026-09-16', 0.8, 'mg/dL', 0.5, 1.1, enc=e1)
    b.lab('3040-3', 'Lipase [Enzymatic activity/volume] in Serum or Plasma', '2026-09-16', 32, 'U/L', 10, 60, enc=e1)
    b.medreq(rx('6809', 'metformin', 'metformin 500 mg extended-release tablet'), '2026-09-16', '500 mg ER with evening meal; increase to 1000 mg in 4 weeks if tolerated',
             reason=dm, requester=np_)
    b.note('2026-09-16', 'Acute visit', '''
Nausea and 2-3 loose stools/day since starting metformin IR 500 mg BID on 9/2. No fever, no blood, no abdominal pain, eating and drinking. Labs normal.
A/P: GI intolerance to metformin IR. Switch to metformin ER 500 mg with supper. Call if not improving.
D. Marquez, APRN
''', author=np_, enc=e1, org=o)
    e2 = b.enc('2026-10-07', 'Geriatric primary care visit', pract=np_, reason='Follow-up nausea', org=o)
    b.vitals('2026-10-07', e2, 128, 76, 70, wt=70.4)
    b.note('2026-10-07', 'Follow-up', '''
Follow-up GI symptoms: resolved within a week of switching to metformin ER. Normal stools, no nausea. Will increase ER to 1000 mg.
D. Marquez, APRN
''', author=np_, enc=e2, org=o)
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 10 mg tablet'), '2010-02-01', dose='10 mg daily')
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 20 mg tablet'), '2010-02-01', dose='20 mg daily')
    b.imm(b.C(('http://hl7.org/fhir/sid/cvx', '197', 'Influenza, high-dose, quadrivalent')), '2026-10-07')
    return b


# ---------------------------------------------------------------- P3 PMR label with raised CK & weakness
@case('DIAGNOSIS_SYMPTOM_MISMATCH', 'positive',
      'Polymyalgia rheumatica has been the working diagnosis since March 2026, but symptoms persist on prednisone with objective proximal weakness, CK 2380 U/L and raised aldolase and a normal ESR, findings PMR does not explain; the plan is still to escalate PMR treatment.',
      'Geriatrics home visits: 80F "PMR" on prednisone 8 months, now proximal weakness and CK 2380, still treated as PMR')
def p_pmr_ck(cid):
    b = start(cid, 'p2')
    o, (md, np_) = ger_setup(b, [('Adrienne', 'Kessler', 'MD'), ('Tomas', 'Villanueva', 'NP')], '7TR2-KL4-QA19')
    b.patient('Lorraine Edith', 'Mancuso', 'female', '1946-06-21', 'HVG-88213', 'Scottsdale', 'AZ', '85251', '7320 E Camelback Rd Unit 9',
              '(480) 555-0164', marital='W', org=o, gp=md)
    pmr = b.cond(b.C(('sct', '65323003', 'Polymyalgia rheumatica'), ('icd', 'M35.3', 'Polymyalgia rheumatica')), '2026-03-09', recorder=md)
    HTN(b, '2001-01-01')
    b.cond(b.C(('sct', '64859006', 'Osteoporosis'), ('icd', 'M81.0', 'Age-related osteoporosis without current pathological fracture')), '2018-01-01')
    b.cond(b.C(('icd', 'J20.9', 'Acute bronchitis, unspecified')), '2025-12-01', status='resolved', abate='2025-12-20')
    e1 = b.enc('2026-03-09', 'Home visit', cls='HH', pract=md, reason='Shoulder and hip pain, difficulty getting up', org=o)
    b.lab('4537-7', 'Erythrocyte sedimentation rate by Westergren method', '2026-03-09', 34, 'mm/h', 0, 30, enc=e1)
    b.lab('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', '2026-03-09', 9, 'mg/L', high=5, enc=e1)
    b.medreq(rx('8640', 'prednisone', 'prednisone 5 mg tablet'), '2026-03-09', '15 mg daily x 4 weeks then taper per plan; increased to 20 mg daily 11/04/2026',
             reason=pmr, requester=md)
    for d in ['2026-06-15', '2026-09-08']:
        e = b.enc(d, 'Home visit', cls='HH', pract=np_, reason='PMR follow-up', org=o)
        b.cond(b.C(('icd', 'M62.81', 'Muscle weakness (generalized)')), '2026-06-01', cat='encounter-diagnosis', enc=e, recorded=d)
    b.note('2026-09-08', 'Home visit note', '''
PMR follow-up. On prednisone 10 mg. Still cannot get out of her recliner without using her arms, needs help with stairs; daughter now helps with hair washing because she cannot keep arms raised. Aching less than in March but weakness worse.
Exam: hip flexor 3+/5 bilaterally, deltoids 4-/5. No rash.
A/P: PMR, incomplete response. Check labs.
T. Villanueva, NP
''', author=np_, enc=e, org=o)
    e3 = b.enc('2026-10-02', 'Home visit - lab draw', cls='HH', pract=np_, reason='Labs', org=o)
    r = [b.lab('2157-6', 'Creatine kinase [Enzymatic activity/volume] in Serum or Plasma', '2026-10-02', 2380, 'U/L', 26, 192, enc=e3),
         b.obs(T('Aldolase [Enzymatic activity/volume] in Serum or Plasma'), '2026-10-02', 19.4, 'U/L', high=8.1, enc=e3),
         b.lab('4537-7', 'Erythrocyte sedimentation rate by Westergren method', '2026-10-02', 18, 'mm/h', 0, 30, enc=e3),
         b.lab('1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', '2026-10-02', 96, 'U/L', 10, 40, enc=e3),
         b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-10-02', 2.1, 'm[IU]/L', 0.4, 4.5, enc=e3)]
    b.dr(b.C(text='Chemistry panel'), '2026-10-02', 'CK and aldolase markedly elevated; ESR normal.', results=r, enc=e3)
    e4 = b.enc('2026-11-04', 'Home visit', cls='HH', pract=md, reason='PMR follow-up', org=o)
    b.vitals('2026-11-04', e4, 142, 80, 82, wt=61.0)
    b.ci('2026-11-04', 'Polymyalgia rheumatica with incomplete steroid response. CK elevation noted, possibly exertional after PT. Increase prednisone to 20 mg; recheck in 3 months.',
         assessor=md, problems=[pmr], enc=e4)
    b.note('2026-11-04', 'Home visit note', '''
PMR, 8 months on prednisone. Persistent proximal weakness, now using a walker; fell once getting off toilet (no injury). Difficulty swallowing pills occasionally.
CK 2380 and aldolase elevated on 10/2, ESR 18.
A/P: PMR not controlled - increase prednisone to 20 mg daily. CK likely from PT sessions. Continue alendronate, calcium/vit D. Home PT.
A. Kessler, MD
''', author=md, enc=e4, org=o)
    b.medstmt(rx('46041', 'alendronate', 'alendronate 70 mg tablet'), '2018-02-01', dose='70 mg weekly')
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 20 mg tablet'), '2005-01-01', dose='20 mg daily')
    return b


# ---------------------------------------------------------------- P4 TAVR planned
@case('MAJOR_PROCEDURE_PLANNED', 'positive',
      'Transfemoral TAVR (CPT 33361) for symptomatic severe aortic stenosis ordered by the heart team and scheduled 2027-01-06; not yet performed.',
      'Geriatrics: 86F severe symptomatic aortic stenosis, transfemoral TAVR scheduled January 2027')
def p_tavr(cid):
    b = start(cid, 'p3')
    o, (md, cd) = ger_setup(b, [('Evelyn', 'Marsh', 'MD'), ('Rajiv', 'Mehta', 'MD')], '1EG4-TE5-MK72', plan='Regence MedAdvantage PPO',
                            payer='Regence BlueCross BlueShield of Oregon', kind='ppo', start_='2015-01-01')
    heart = b.org('Willamette Valley Heart Institute', 'prov', city='Portland', state='OR')
    b.patient('Margaret Ruth', 'Lindqvist-Hale', 'female', '1940-09-30', 'SSH-3017745', 'Beaverton', 'OR', '97005', '12450 SW Allen Blvd',
              '(503) 555-0102', marital='W', org=o, gp=md)
    asd = b.cond(b.C(('sct', '60573004', 'Aortic valve stenosis'), ('icd', 'I35.0', 'Nonrheumatic aortic (valve) stenosis')), '2022-04-01', severity='Severe')
    HTN(b, '1998-01-01')
    b.cond(b.C(('sct', '239873007', 'Osteoarthritis of knee'), ('icd', 'M17.11', 'Unilateral primary osteoarthritis, right knee')), '2010-01-01')
    b.cond(b.C(('sct', '40930008', 'Hypothyroidism'), ('icd', 'E03.9', 'Hypothyroidism, unspecified')), '2004-01-01')
    b.cond(b.C(('icd', 'J18.9', 'Pneumonia, unspecified organism')), '2024-02-01', status='resolved', abate='2024-02-25')
    e1 = b.enc('2026-09-09', 'Geriatric clinic visit', pract=md, reason='Exertional breathlessness and near-syncope', org=o)
    b.vitals('2026-09-09', e1, 148, 72, 68, wt=59.4, spo2=96)
    e2 = b.enc('2026-10-01', 'Cardiology', pract=cd, reason='Aortic stenosis', org=heart)
    b.dr(b.C(('loinc', '34552-0', 'Cardiac 2D echo panel')), '2026-10-01',
         'Severe calcific aortic stenosis: AVA 0.7 cm2, mean gradient 46 mmHg, Vmax 4.4 m/s. LVEF 60%. Mild MR.', cat='CUS', enc=e2, performer=cd)
    b.dr(b.C(('cpt', '75574', 'Computed tomographic angiography, heart, coronary arteries and bypass grafts (when present)')), '2026-10-22',
         'TAVR-protocol CTA: annulus perimeter 72 mm; iliofemoral vessels adequate for transfemoral access (min diameter 6.4 mm).', cat='RAD')
    e3 = b.enc('2026-11-05', 'Structural heart clinic', pract=cd, reason='Heart team evaluation', org=heart)
    b.obs(T('STS predicted risk of mortality'), '2026-11-05', 4.1, '%', cat='exam', enc=e3, interp=None)
    b.obs(T('Clinical Frailty Scale'), '2026-11-05', vstr='4 - Vulnerable', cat='survey', enc=e3)
    b.sreq(b.C(('cpt', '33361', 'Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach')),
           '2026-11-05', status='active', intent='order', occ='2027-01-06T07:00:00-08:00', reason=asd, requester=cd, performer=heart)
    b.note('2026-11-05', 'Heart team note', '''
STRUCTURAL HEART TEAM
86F with severe symptomatic AS (NYHA III, exertional presyncope). STS PROM 4.1%. Frailty: CFS 4. Cognition intact (MoCA 27).
Two-surgeon heart team consensus: transfemoral TAVR preferred over SAVR. Patient and son understand risks (stroke, pacemaker, vascular injury, death) and wish to proceed.
Scheduled 1/6/2027. Pre-procedure dental clearance done.
R. Mehta, MD
''', author=cd, enc=e3, org=heart)
    e4 = b.enc('2026-11-19', 'Geriatric clinic visit', pract=md, reason='Pre-procedure review', org=o)
    b.note('2026-11-19', 'Geriatric visit', '''
Reviewed heart team plan for TAVR 1/6/2027. She is clear she wants the valve done so she can keep living independently and gardening. Full code. Medication review: hold nothing pre-procedure; levothyroxine continue. Arranged son to stay with her for 1 week after.
E. Marsh, MD
''', author=md, enc=e4, org=o)
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 2.5 mg tablet'), '2018-01-01', dose='2.5 mg daily')
    b.medstmt(rx('10582', 'levothyroxine', 'levothyroxine 88 mcg tablet'), '2004-02-01', dose='88 mcg daily')
    b.medstmt(rx('161', 'acetaminophen', 'acetaminophen 500 mg tablet'), '2015-01-01', dose='1 g twice daily as needed for knee pain')
    return b


# ---------------------------------------------------------------- P5 end-stage HF, hospice referral
@case('UNTREATABLE_PROGNOSIS', 'positive',
      'End-stage HFrEF (EF 15%, NYHA IV) declared not a candidate for LVAD or transplant with no further advanced options; palliative care plan and hospice referral in November 2026; no second opinion on record.',
      'Home-visit geriatrics: 83M end-stage heart failure, "no further options", hospice referral')
def p_eshf_hospice(cid):
    b = start(cid, 'p2')
    o, (md, rn) = ger_setup(b, [('Charlotte', 'Duval', 'MD'), ('Brian', 'Espinoza', 'RN')], '5FC8-NB2-PP40')
    cardio = b.org('Desert Valley Cardiology', 'prov', city='Mesa', state='AZ')
    cd = b.pract('Omar', 'Haddad', 'MD')
    b.patient('Walter Francis', 'Bergstrom', 'male', '1943-01-17', 'HVG-70455', 'Mesa', 'AZ', '85206', '5602 E Baseline Rd',
              '(480) 555-0129', marital='M', org=o, gp=md)
    hf = b.cond(b.C(('sct', '84114007', 'Heart failure'), ('icd', 'I50.84', 'End stage heart failure')), '2019-06-01',
                note='Ischemic cardiomyopathy, LVEF 15%, NYHA IV. ICD in place (2020).')
    b.cond(b.C(('icd', 'N18.31', 'Chronic kidney disease, stage 3a')), '2022-01-01')
    b.cond(b.C(('icd', 'I25.10', 'Atherosclerotic heart disease of native coronary artery without angina pectoris')), '2015-01-01')
    b.cond(b.C(('icd', 'S52.501A', 'Unspecified fracture of the lower end of right radius')), '2021-04-01', status='resolved', abate='2021-07-01')
    for d in ['2026-08-02', '2026-09-21']:
        e = b.enc(d, 'Hospital admission', cls='IMP', reason='Acute on chronic systolic heart failure', end=d[:-2] + str(int(d[-2:]) + 5).zfill(2), admit=('emd', 'From accident/emergency'))
    e1 = b.enc('2026-10-20', 'Advanced heart failure clinic', pract=cd, reason='Advanced therapy evaluation', org=cardio)
    b.dr(b.C(('loinc', '34552-0', 'Cardiac 2D echo panel')), '2026-10-14', 'Severely dilated LV, LVEF 15%, severe functional MR, RVSP 58 mmHg.', cat='CUS')
    b.lab('33762-6', 'Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma', '2026-10-20', 8900, 'pg/mL', high=450, enc=e1)
    b.lab('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', '2026-10-20', 1.8, 'mg/dL', 0.7, 1.3, enc=e1)
    b.lab('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', '2026-10-20', 131, 'mmol/L', 135, 145, enc=e1)
    b.note('2026-10-20', 'Advanced heart failure consult letter', '''
Dear Dr. Duval,
Mr. Bergstrom has stage D ischemic cardiomyopathy, EF 15%, two admissions since August, intolerant of further GDMT up-titration (hypotension, CKD). He is not a candidate for LVAD (age, RV dysfunction, frailty) or heart transplant, and not a candidate for transcatheter mitral repair given RV failure. There are no further advanced heart failure therapies to offer. I recommend transition to hospice-supported care at home and ICD shock deactivation discussion.
O. Haddad, MD
''', loinc=('11488-4', 'Consult note'), author=cd, enc=e1, org=cardio)
    e2 = b.enc('2026-11-15', 'Home visit - goals of care', cls='HH', pract=md, reason='Goals of care', org=o)
    b.vitals('2026-11-15', e2, 92, 58, 96, wt=71.8, spo2=91)
    b.careplan('Palliative care - end-stage heart failure', '2026-11-15', b.C(('sct', '103735009', 'Palliative care')), addresses=[hf], author=md,
               desc='Comfort-focused care at home; symptom management of dyspnea and edema; ICD tachy-therapies deactivated 11/18.',
               activities=[('Hospice admission evaluation', 'scheduled'), ('Low-dose oral morphine for dyspnea', 'in-progress')])
    b.sreq(b.C(('hcpcs', 'Q5001', 'Hospice or home health care provided in patient\'s home/residence'), text='Referral to home hospice'),
           '2026-11-15', status='active', intent='order', reason=hf, requester=md)
    b.note('2026-11-15', 'Goals of care - home visit', '''
Home visit with patient and wife Joan. Reviewed Dr. Haddad's letter: no further heart failure treatments available beyond current meds. Walter says he is "tired of the hospital" and wants to stay home.
Decisions: DNR/DNI, POLST completed (comfort measures), hospice referral today, ICD shocks to be turned off.
C. Duval, MD
''', author=md, enc=e2, org=o)
    b.medreq(rx('38413', 'torsemide', 'torsemide 20 mg tablet'), '2026-09-26', '40 mg by mouth twice daily', reason=hf, requester=cd)
    b.medreq(rx('20352', 'carvedilol', 'carvedilol 3.125 mg tablet'), '2024-01-01', '3.125 mg twice daily', reason=hf, requester=cd)
    b.medreq(rx('7052', 'morphine', 'morphine sulfate 10 mg/5 mL oral solution'), '2026-11-15', '2.5 mg by mouth every 4 h as needed for breathlessness', reason=hf, requester=md)
    return b


# ---------------------------------------------------------------- P6 advance care planning, full treatment (near miss UP)
@case('UNTREATABLE_PROGNOSIS', 'near-miss',
      'The CarePlan is an advance care planning record for COPD in which the patient chooses full treatment (full code); there is no palliative/hospice plan or statement that no treatment options exist, and COPD treatment is ongoing.',
      'Geriatrics: 87M COPD GOLD 3, advance care planning visit documents full treatment, pulmonary rehab ongoing')
def p_acp_full(cid):
    b = start(cid, 'p1')
    o, (md, sw) = ger_setup(b, [('Nathan', 'Greer', 'DO'), ('Paula', 'Iverson', 'LCSW')], '9PK3-WD1-RT66')
    b.patient('Harold Vincent', 'Okeke', 'male', '1939-05-02', 'ECP-0330918', 'Brandon', 'FL', '33511', '901 Lithia Pinecrest Rd',
              '(813) 555-0150', marital='M', org=o, gp=md)
    copd = b.cond(b.C(('sct', '13645005', 'Chronic obstructive lung disease'), ('icd', 'J44.9', 'Chronic obstructive pulmonary disease, unspecified')), '2011-01-01',
                  severity='GOLD 3')
    HTN(b, '2000-01-01')
    b.cond(b.C(('sct', '266569009', 'Benign prostatic hyperplasia'), ('icd', 'N40.0', 'Benign prostatic hyperplasia without lower urinary tract symptoms')), '2012-01-01')
    b.cond(b.C(('icd', 'J44.1', 'Chronic obstructive pulmonary disease with (acute) exacerbation')), '2026-01-10', status='resolved', abate='2026-02-01', cat='encounter-diagnosis')
    e1 = b.enc('2026-09-30', 'Pulmonary function lab', reason='COPD', org=o)
    b.lab('20150-9', 'FEV1', '2026-09-30', 1.02, 'L', enc=e1, interp=None)
    b.obs(cc(('loinc', '19926-5', 'FEV1/FVC')), '2026-09-30', 48, '%', low=70, enc=e1, cat='exam')
    e2 = b.enc('2026-10-21', 'Geriatric clinic - annual visit with advance care planning', pract=md, reason='COPD and advance care planning', org=o)
    b.vitals('2026-10-21', e2, 134, 78, 84, wt=68.3, spo2=93)
    b.proc(b.C(('cpt', '99497', 'Advance care planning including the explanation and discussion of advance directives, first 30 minutes')), '2026-10-21', performer=md, enc=e2)
    b.careplan('Advance care planning', '2026-10-21', b.C(('sct', '713603004', 'Advance care planning')), addresses=[copd], author=md,
               desc='Health care surrogate: wife Ruth. Patient elects full treatment including ICU care and intubation if needed. POLST: attempt CPR / full treatment.',
               activities=[('Pulmonary rehabilitation 2x/week', 'in-progress'), ('Annual review of advance directive', 'scheduled')])
    b.note('2026-10-21', 'Annual visit / ACP', '''
87M with COPD GOLD 3 (FEV1 1.02 L), one exacerbation in Jan 2026, stable since on triple inhaler. Walking 20 minutes daily, pulmonary rehab twice weekly.
Advance care planning (30 min) with patient, wife and LCSW. Values: independence, family. He wants all appropriate treatments, including hospital and ICU care if he gets sick; full code. Named wife as surrogate. POLST completed - full treatment.
Plan: continue inhalers, rehab, flu and RSV vaccines given. Return 3 months.
N. Greer, DO
''', author=md, enc=e2, org=o)
    b.medstmt(T('fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg inhaler'), '2024-03-01', dose='1 inhalation daily', reason=copd)
    b.medstmt(rx('435', 'albuterol', 'albuterol 90 mcg/actuation inhaler'), '2011-01-01', dose='2 puffs every 4-6 h as needed', reason=copd)
    b.medstmt(rx('77492', 'tamsulosin', 'tamsulosin 0.4 mg capsule'), '2012-02-01', dose='0.4 mg at bedtime')
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 10 mg tablet'), '2000-02-01', dose='10 mg daily')
    b.imm(b.C(('http://hl7.org/fhir/sid/cvx', '197', 'Influenza, high-dose, quadrivalent')), '2026-10-21')
    return b


# ---------------------------------------------------------------- P7 haemodialysis planned
@case('HIGH_IMPACT_TREATMENT', 'positive',
      'CKD stage 5 (eGFR 9) with a matured AV fistula; in-centre haemodialysis ordered to start 2027-01-05 after shared decision-making; dialysis is a high-impact treatment.',
      'Geriatrics with nephrology: 84F CKD 5, chose in-centre haemodialysis starting January 2027')
def p_dialysis_start(cid):
    b = start(cid, 'p3')
    o, (md, nep) = ger_setup(b, [('Sylvia', 'Brandvold', 'MD'), ('Anand', 'Krishnaswamy', 'MD')], '2RD7-UX8-HE35')
    neph = b.org('Cascade Kidney Specialists', 'prov', city='Portland', state='OR')
    b.patient('Frances Lucille', 'Whitaker', 'female', '1942-03-11', 'SSH-2290316', 'Gresham', 'OR', '97030', '455 NE Division St',
              '(503) 555-0196', marital='W', org=o, gp=md)
    ckd = b.cond(b.C(('sct', '433146000', 'Chronic kidney disease stage 5'), ('icd', 'N18.5', 'Chronic kidney disease, stage 5')), '2025-06-01')
    b.cond(b.C(('icd', 'E11.22', 'Type 2 diabetes mellitus with diabetic chronic kidney disease')), '2002-01-01')
    HTN(b, '1995-01-01')
    b.cond(b.C(('icd', 'D63.1', 'Anemia in chronic kidney disease')), '2025-06-01')
    b.cond(b.C(('icd', 'N39.0', 'Urinary tract infection, site not specified')), '2025-03-01', status='resolved', abate='2025-03-12')
    b.proc(b.C(('cpt', '36821', 'Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)')), '2026-08-19', reason=ckd,
           outcome='Left radiocephalic fistula; matured per duplex 11/2026')
    e1 = b.enc('2026-11-09', 'Nephrology clinic', pract=nep, reason='CKD stage 5 - dialysis planning', org=neph)
    b.vitals('2026-11-09', e1, 152, 76, 78, wt=64.2)
    b.lab('98979-8', 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
          '2026-11-09', 9, 'mL/min/{1.73_m2}', low=60, enc=e1)
    b.lab('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', '2026-11-09', 5.6, 'mmol/L', 3.5, 5.1, enc=e1)
    b.lab('1963-8', 'Bicarbonate [Moles/volume] in Serum or Plasma', '2026-11-09', 17, 'mmol/L', 22, 29, enc=e1)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-11-09', 9.8, 'g/dL', 12.0, 15.5, enc=e1)
    b.sreq(b.C(('cpt', '90935', 'Hemodialysis procedure with single evaluation by a physician or other qualified health care professional'),
               ('sct', '302497006', 'Hemodialysis')), '2026-11-09', status='active', intent='order', occ_period=('2027-01-05', '2027-12-31'),
           reason=ckd, requester=nep, performer=neph, note='In-centre haemodialysis 3x/week (Mon/Wed/Fri), start 1/5/2027 via L RC-AVF. Transport arranged.')
    b.note('2026-11-09', 'Nephrology note', '''
84F CKD 5 (diabetic nephropathy), eGFR 9, K 5.6, bicarbonate 17, worsening fatigue, nausea and pruritus. Fistula mature.
Options reviewed again (in-centre HD, home PD, conservative kidney management). Patient chooses in-centre haemodialysis.
Plan: start HD 1/5/2027, 3x weekly. Dietitian and social work referral.
A. Krishnaswamy, MD
''', author=nep, enc=e1, org=neph)
    e2 = b.enc('2026-11-23', 'Geriatric clinic visit', pract=md, reason='Follow-up before dialysis start', org=o)
    b.note('2026-11-23', 'Geriatric visit', '''
Discussed the upcoming start of dialysis. She understands dialysis will take 3 mornings a week and may leave her tired; she wants to try it to be at her granddaughter's wedding in June. Daughter will drive. Medications reconciled with nephrology.
S. Brandvold, MD
''', author=md, enc=e2, org=o)
    b.medstmt(rx('274783', 'insulin glargine', 'insulin glargine 100 units/mL pen'), '2015-01-01', dose='10 units at bedtime')
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 10 mg tablet'), '2016-01-01', dose='10 mg daily')
    b.medstmt(T('sodium bicarbonate 650 mg tablet'), '2026-06-01', dose='1300 mg twice daily')
    return b


# ---------------------------------------------------------------- P8 MCI, portal message asking second opinion
@case('PATIENT_REPORTED_CONCERN', 'positive',
      'Patient-authored portal message asks for another doctor to review her memory diagnosis and the driving restriction and says she does not feel listened to; an explicit request for a second opinion.',
      'Geriatrics: 79F told she has mild cognitive impairment and should stop driving; portal message asking another doctor to review')
def p_mci_message(cid):
    b = start(cid, 'p3')
    o, (md, ma) = ger_setup(b, [('Douglas', 'Pemberton', 'MD'), ('Lina', 'Haddad', 'MA')], '6KJ1-YT3-DD02')
    b.patient('Ruth Annette', 'Sorensen', 'female', '1947-04-04', 'SSH-4471920', 'Lake Oswego', 'OR', '97034', '17 Iron Mountain Blvd',
              '(503) 555-0168', marital='W', org=o, gp=md)
    mci = b.cond(b.C(('sct', '386805003', 'Mild cognitive disorder'), ('icd', 'G31.84', 'Mild cognitive impairment of uncertain or known etiology')), '2026-10-14')
    HTN(b, '2008-01-01')
    b.cond(b.C(('sct', '55822004', 'Hyperlipidemia'), ('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2008-01-01')
    b.cond(b.C(('icd', 'S42.201A', 'Unspecified fracture of upper end of right humerus')), '2022-12-01', status='resolved', abate='2023-03-01')
    e0 = b.enc('2025-10-08', 'Annual wellness visit', pract=md, reason='Medicare annual wellness visit', org=o)
    b.obs(cc(('loinc', '72172-0', 'Total score [MoCA]')), '2025-10-08', 25, '{score}', cat='survey', enc=e0, ref_text='>=26 normal', interp='A')
    e1 = b.enc('2026-10-14', 'Geriatric clinic visit', pract=md, reason='Memory concerns raised by son', org=o)
    b.vitals('2026-10-14', e1, 136, 80, 70, wt=62.5)
    b.obs(cc(('loinc', '72172-0', 'Total score [MoCA]')), '2026-10-14', 22, '{score}', cat='survey', enc=e1, ref_text='>=26 normal', interp='A')
    b.lab('2132-9', 'Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma', '2026-10-14', 512, 'pg/mL', 232, 1245, enc=e1)
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-10-14', 1.7, 'm[IU]/L', 0.4, 4.5, enc=e1)
    b.dr(b.C(('cpt', '70551', 'Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material')), '2026-10-28',
         'Mild generalized volume loss and mild chronic small vessel ischemic change, age-appropriate. No infarct, mass or hydrocephalus.', cat='RAD')
    e2 = b.enc('2026-11-04', 'Geriatric clinic visit', pract=md, reason='Results', org=o)
    b.note('2026-11-04', 'Results visit', '''
MoCA 22/30 (25 last year), lost points on delayed recall and trails. MRI age-appropriate. B12/TSH normal. Son reports two missed bill payments and getting lost once driving to church.
A/P: Mild cognitive impairment. Recommended she stop driving pending a formal driving evaluation with OT; she was upset and disagreed. Repeat cognitive screen in 6 months. Exercise, hearing aids.
D. Pemberton, MD
''', author=md, enc=e2, org=o)
    b.comm('2026-11-20T10:42:00-08:00', 'Dr. Pemberton, I have been thinking about our last visit. I would like to have a second opinion from a different doctor, maybe a neurologist, '
           'about my memory and about whether I really have to give up driving. I was nervous during that quiz and I do not feel you really listened to me or my side. '
           'Please let me know how I can arrange this. Ruth Sorensen', b.pat, md,
           cat=b.C(text='Patient portal message'), topic='Request for another opinion')
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 10 mg tablet'), '2008-02-01', dose='10 mg daily')
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 10 mg tablet'), '2008-02-01', dose='10 mg daily')
    return b


# ---------------------------------------------------------------- P9 AWV questionnaire answer No
@case('PATIENT_REPORTED_CONCERN', 'near-miss',
      'Annual wellness visit questionnaire asks whether he wants a second opinion and whether he feels heard; he answered No and Yes respectively; no other patient signal.',
      'Geriatrics: 81M annual wellness questionnaire, "would you like a second opinion?" answered No')
def p_awv_no(cid):
    b = start(cid, 'p1')
    o, (md, ma) = ger_setup(b, [('Hiroshi', 'Tanabe', 'MD'), ('Keisha', 'Grant', 'MA')], '4HT6-RE9-PL18')
    b.patient('Eugene Marshall', 'Delacroix', 'male', '1945-07-27', 'ECP-0610339', 'Temple Terrace', 'FL', '33617', '11203 N 56th St',
              '(813) 555-0181', marital='M', org=o, gp=md)
    HTN(b, '2004-01-01')
    b.cond(b.C(('sct', '266569009', 'Benign prostatic hyperplasia'), ('icd', 'N40.1', 'Benign prostatic hyperplasia with lower urinary tract symptoms')), '2014-01-01')
    b.cond(b.C(('sct', '55822004', 'Hyperlipidemia'), ('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2004-01-01')
    b.cond(b.C(('icd', 'M16.12', 'Unilateral primary osteoarthritis, left hip')), '2019-01-01')
    b.cond(b.C(('icd', 'H91.90', 'Unspecified hearing loss, unspecified ear')), '2020-01-01', status='resolved', abate='2021-02-01', note='Corrected with hearing aids.')
    e1 = b.enc('2026-11-10', 'Medicare annual wellness visit', pract=md, reason='Annual wellness visit', org=o)
    b.vitals('2026-11-10', e1, 130, 76, 66, wt=80.2, bmi=26.1)
    b.proc(b.C(('hcpcs', 'G0439', 'Annual wellness visit, includes a personalized prevention plan of service (PPPS), subsequent visit')), '2026-11-10', performer=md, enc=e1)
    b.qr('https://fhir.eldercare-partners.org/r4/Questionnaire/awv-health-risk-assessment', '2026-11-10', [
        ('hra-1', 'In general, how would you rate your health?', 'Good'),
        ('hra-2', 'Have you fallen in the past 12 months?', False),
        ('hra-3', 'Do you feel your concerns are listened to by your care team?', True),
        ('hra-4', 'Would you like a referral for a second medical opinion about any of your conditions?', False),
        ('hra-5', 'Anything else you want to discuss today?', 'Refill my prostate pill and the shingles shot'),
    ], author=b.pat, source=b.pat, enc=e1)
    b.obs(cc(('loinc', '44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]')), '2026-11-10', 1, '{score}', cat='survey', enc=e1, interp=None)
    b.obs(cc(('loinc', '72172-0', 'Total score [MoCA]')), '2026-11-10', 27, '{score}', cat='survey', enc=e1, ref_text='>=26 normal', interp='N')
    b.lab('2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', '2026-11-03', 162, 'mg/dL', high=200)
    b.lab('2857-1', 'Prostate specific Ag [Mass/volume] in Serum or Plasma', '2026-11-03', 2.1, 'ng/mL', high=6.5)
    b.note('2026-11-10', 'Annual wellness visit', '''
Subsequent AWV. Feels well, walks 2 miles most days, golf weekly. HRA reviewed: no falls, feels heard, declines any second-opinion referral. PHQ-9 1, MoCA 27.
Hip OA stable with acetaminophen. LUTS controlled on tamsulosin.
Plan: Shingrix dose 2 today; colonoscopy no longer indicated; return 6 months.
H. Tanabe, MD
''', author=md, enc=e1, org=o)
    b.medstmt(rx('77492', 'tamsulosin', 'tamsulosin 0.4 mg capsule'), '2014-02-01', dose='0.4 mg daily')
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 20 mg tablet'), '2004-02-01', dose='20 mg daily')
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 5 mg tablet'), '2004-02-01', dose='5 mg daily')
    b.imm(b.C(('http://hl7.org/fhir/sid/cvx', '187', 'zoster vaccine recombinant')), '2026-11-10')
    return b


# ---------------------------------------------------------------- P10 RA worsening DAS28 on csDMARDs
@case('WORSENING_DESPITE_TREATMENT', 'positive',
      'DAS28-CRP rose 3.0 -> 3.9 -> 4.6 -> 4.9 from April to November 2026 (rise 1.9 > MCID 1.2, >90 days, 4 values) while sulfasalazine and hydroxychloroquine were taken continuously since 2025.',
      'Geriatrics co-managing RA: 77F DAS28-CRP rising 3.0 to 4.9 over 7 months on sulfasalazine + hydroxychloroquine')
def p_ra_worse(cid):
    b = start(cid, 'p4')
    o, (md, rh) = ger_setup(b, [('Naomi', 'Feldstein', 'MD'), ('Victor', 'Almeida', 'MD')], '8MN2-AS5-QE77')
    b.patient('Agnes Theresa', 'Kowalski', 'female', '1949-12-08', 'OPA-190457', 'Worcester', 'MA', '01602', '88 Pleasant St',
              '(508) 555-0141', marital='W', org=o, gp=md)
    ra = b.cond(b.C(('sct', '69896004', 'Rheumatoid arthritis'), ('icd', 'M05.79', 'Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement')), '2024-09-01',
                note='Seropositive (RF, anti-CCP). Methotrexate avoided (CKD risk, alcohol history).')
    HTN(b, '2000-01-01')
    b.cond(b.C(('sct', '64859006', 'Osteoporosis'), ('icd', 'M81.0', 'Age-related osteoporosis without current pathological fracture')), '2016-01-01')
    b.cond(b.C(('icd', 'A08.4', 'Viral intestinal infection, unspecified')), '2025-02-01', status='resolved', abate='2025-02-07')
    b.medreq(rx('9524', 'sulfasalazine', 'sulfasalazine 500 mg delayed-release tablet'), '2025-06-10', '1000 mg by mouth twice daily', reason=ra, requester=rh,
             note='Pharmacy refill history: filled every 30 days without gaps through 11/2026.')
    b.medreq(rx('5521', 'hydroxychloroquine', 'hydroxychloroquine 200 mg tablet'), '2025-06-10', '200 mg by mouth twice daily', reason=ra, requester=rh)
    for d, das, crp, tj, sj in [('2026-04-08', 3.0, 4, 3, 2), ('2026-07-15', 3.9, 9, 6, 4), ('2026-10-21', 4.6, 16, 9, 6), ('2026-11-24', 4.9, 21, 10, 7)]:
        e = b.enc(d, 'Geriatric rheumatology co-management visit', pract=md if d in ('2026-07-15', '2026-11-24') else rh, reason='Rheumatoid arthritis', org=o)
        b.obs(T('DAS28-CRP (Disease Activity Score, 28 joints, CRP)'), d, das, '{score}', cat='survey', enc=e, interp=None,
              note=f'TJC28 {tj}, SJC28 {sj}')
        b.lab('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', d, crp, 'mg/L', high=5, enc=e)
    b.vitals('2026-11-24', e, 138, 78, 76, wt=60.8)
    b.note('2026-11-24', 'Geriatric visit', '''
77F seropositive RA on sulfasalazine 2 g/day + HCQ 400 mg/day since June 2025; adherent (pillbox checked by VNA, refill history complete).
Joint pain and morning stiffness (2 h) steadily worse since spring; now struggles with buttons and jar lids. DAS28-CRP 3.0 (Apr) -> 3.9 -> 4.6 -> 4.9 today. Synovitis both wrists, MCP2-3 bilaterally.
A/P: active RA worsening despite dual csDMARD therapy. Message to rheumatology re escalation.
N. Feldstein, MD
''', author=md, enc=e, org=o)
    b.medstmt(rx('46041', 'alendronate', 'alendronate 70 mg tablet'), '2016-02-01', dose='70 mg weekly')
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 10 mg tablet'), '2000-02-01', dose='10 mg daily')
    return b


# ---------------------------------------------------------------- P11 multimorbidity
@case('RARE_OR_COMPLEX_CONDITION', 'positive',
      'Seven active chronic conditions across cardiology, nephrology, endocrinology, pulmonology and neurology (HFpEF, AF, CKD 3b, T2DM with CKD, COPD, Alzheimer dementia, osteoporosis) with 12 medications: meets the complexity arm.',
      'Geriatrics: 83F with HFpEF, AF, CKD 3b, diabetes, COPD, early Alzheimer dementia and osteoporosis; polypharmacy review')
def p_multimorbid(cid):
    b = start(cid, 'p2')
    o, (md, ph) = ger_setup(b, [('Adrienne', 'Kessler', 'MD'), ('Martin', 'Cho', 'PharmD')], '3QW8-LM6-VV54')
    b.patient('Imelda Consuelo', 'Ortega', 'female', '1943-10-19', 'HVG-60132', 'Glendale', 'AZ', '85301', '6024 W Maryland Ave',
              '(623) 555-0114', marital='W', org=o, gp=md, lang=('es', 'Spanish'))
    conds = [
        (('sct', '84114007', 'Heart failure'), ('icd', 'I50.32', 'Chronic diastolic (congestive) heart failure'), '2019-01-01'),
        (('sct', '49436004', 'Atrial fibrillation'), ('icd', 'I48.20', 'Chronic atrial fibrillation, unspecified'), '2018-01-01'),
        (('sct', '700379002', 'Chronic kidney disease stage 3B'), ('icd', 'N18.32', 'Chronic kidney disease, stage 3b'), '2021-01-01'),
        (('sct', '44054006', 'Diabetes mellitus type 2'), ('icd', 'E11.22', 'Type 2 diabetes mellitus with diabetic chronic kidney disease'), '2005-01-01'),
        (('sct', '13645005', 'Chronic obstructive lung disease'), ('icd', 'J44.9', 'Chronic obstructive pulmonary disease, unspecified'), '2014-01-01'),
        (('sct', '26929004', "Alzheimer's disease"), ('icd', 'G30.1', "Alzheimer's disease with late onset"), '2025-05-01'),
        (('sct', '64859006', 'Osteoporosis'), ('icd', 'M81.0', 'Age-related osteoporosis without current pathological fracture'), '2017-01-01'),
    ]
    for s, i, d in conds:
        b.cond(b.C(s, i), d)
    b.cond(b.C(('icd', 'S32.010A', 'Wedge compression fracture of first lumbar vertebra')), '2023-06-01', status='resolved', abate='2023-10-01')
    meds = [('1364430', 'apixaban', 'apixaban 2.5 mg tablet', '2.5 mg twice daily'), ('4603', 'furosemide', 'furosemide 40 mg tablet', '40 mg daily'),
            ('6918', 'metoprolol', 'metoprolol succinate 50 mg ER tablet', '50 mg daily'), ('274783', 'insulin glargine', 'insulin glargine 100 units/mL', '12 units nightly'),
            ('135447', 'donepezil', 'donepezil 5 mg tablet', '5 mg at bedtime'), ('69120', 'tiotropium', 'tiotropium 2.5 mcg Respimat', '2 inhalations daily'),
            ('435', 'albuterol', 'albuterol 90 mcg inhaler', 'as needed'), ('46041', 'alendronate', 'alendronate 70 mg', 'weekly'),
            ('83367', 'atorvastatin', 'atorvastatin 20 mg', 'daily'), ('7646', 'omeprazole', 'omeprazole 20 mg', 'daily'),
            ('161', 'acetaminophen', 'acetaminophen 500 mg', '1 g twice daily'), ('9997', 'spironolactone', 'spironolactone 25 mg', 'daily')]
    for c, n, t, dose in meds:
        b.medstmt(rx(c, n, t), '2025-01-01', dose=dose, asserted='2026-11-17')
    e1 = b.enc('2026-11-17', 'Comprehensive geriatric assessment (home)', cls='HH', pract=md, reason='Multimorbidity and polypharmacy review', org=o)
    b.vitals('2026-11-17', e1, 128, 70, 74, wt=66.0, spo2=94)
    b.lab('98979-8', 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
          '2026-11-10', 38, 'mL/min/{1.73_m2}', low=60, enc=e1)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-11-10', 7.4, '%', high=5.7, enc=e1)
    b.obs(cc(('loinc', '72172-0', 'Total score [MoCA]')), '2026-11-17', 19, '{score}', cat='survey', enc=e1, ref_text='>=26 normal', interp='A')
    b.obs(T('Timed Up and Go'), '2026-11-17', 16, 's', cat='exam', enc=e1, high=12)
    b.note('2026-11-17', 'Comprehensive geriatric assessment', '''
83F, lives with daughter (caregiver). Problems: HFpEF, chronic AF on apixaban, CKD 3b (eGFR 38), T2DM on basal insulin (A1c 7.4), COPD, early Alzheimer dementia (MoCA 19), osteoporosis with prior L1 fracture.
Followed by cardiology, nephrology, pulmonology, endocrinology and memory clinic. 12 scheduled/prn medications; pharmacist review: apixaban dose appropriate; consider stopping omeprazole; loosen A1c target.
Function: independent in basic ADLs, needs help with medications and finances. One fall in past year. TUG 16 s.
Plan: deprescribe PPI trial, fall-prevention PT, care coordination across specialists.
A. Kessler, MD
''', author=md, enc=e1, org=o)
    return b


# ---------------------------------------------------------------- P12 four active chronic conditions (near miss RCC)
@case('RARE_OR_COMPLEX_CONDITION', 'near-miss',
      'Many entries on the problem list but only four are active chronic conditions (hypertension, hyperlipidaemia, BPH, knee osteoarthritis); pneumonia, UTI, wrist fracture and basal cell carcinoma are resolved; no rare disease.',
      'Geriatrics: 79M long problem list, but only four active chronic conditions; the rest resolved')
def p_four_chronic(cid):
    b = start(cid, 'p4')
    o, (md, np_) = ger_setup(b, [('Leonard', 'Ashworth', 'MD'), ('Sarah', 'Quinlan', 'NP')], '1PP5-GT7-ZX90')
    b.patient('Raymond Joseph', 'Gauthier', 'male', '1947-02-23', 'OPA-305518', 'Auburn', 'MA', '01501', '12 Oxford St N',
              '(508) 555-0177', marital='M', org=o, gp=md)
    HTN(b, '2003-01-01')
    b.cond(b.C(('sct', '55822004', 'Hyperlipidemia'), ('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2003-01-01')
    b.cond(b.C(('sct', '266569009', 'Benign prostatic hyperplasia'), ('icd', 'N40.1', 'Benign prostatic hyperplasia with lower urinary tract symptoms')), '2015-01-01')
    b.cond(b.C(('sct', '239873007', 'Osteoarthritis of knee'), ('icd', 'M17.12', 'Unilateral primary osteoarthritis, left knee')), '2018-01-01')
    b.cond(b.C(('icd', 'J18.9', 'Pneumonia, unspecified organism')), '2025-01-12', status='resolved', abate='2025-02-02')
    b.cond(b.C(('icd', 'N39.0', 'Urinary tract infection, site not specified')), '2024-06-03', status='resolved', abate='2024-06-15')
    b.cond(b.C(('icd', 'S52.531A', "Colles' fracture of right radius")), '2023-01-20', status='resolved', abate='2023-04-15')
    b.cond(b.C(('icd', 'C44.311', 'Basal cell carcinoma of skin of nose')), '2020-05-01', status='resolved', abate='2020-06-10', note='Mohs excision, clear margins.')
    b.cond(b.C(('icd', 'H25.13', 'Age-related nuclear cataract, bilateral')), '2021-01-01', status='resolved', abate='2022-03-01')
    e1 = b.enc('2026-10-29', 'Geriatric clinic visit', pract=md, reason='Chronic disease follow-up', org=o)
    b.vitals('2026-10-29', e1, 132, 78, 68, wt=84.0, bmi=27.4)
    b.lab('2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', '2026-10-22', 171, 'mg/dL', high=200, enc=e1)
    b.lab('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', '2026-10-22', 1.0, 'mg/dL', 0.7, 1.3, enc=e1)
    b.lab('2857-1', 'Prostate specific Ag [Mass/volume] in Serum or Plasma', '2026-10-22', 3.1, 'ng/mL', high=6.5, enc=e1)
    b.obs(cc(('loinc', '72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')), '2026-10-29', 3, '{score}', cat='survey', enc=e1, interp=None)
    b.note('2026-10-29', 'Geriatric clinic note', '''
79M for 6-month follow-up. HTN controlled, lipids at goal, LUTS stable on tamsulosin, left knee OA - walks 1 mile with occasional pain 3/10.
Past issues (pneumonia 2025, UTI 2024, wrist fracture 2023, nasal BCC 2020, cataracts) all resolved.
Plan: continue meds, flu vaccine given, return 6 months.
L. Ashworth, MD
''', author=md, enc=e1, org=o)
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 20 mg tablet'), '2003-02-01', dose='20 mg daily')
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 40 mg tablet'), '2003-02-01', dose='40 mg daily')
    b.medstmt(rx('77492', 'tamsulosin', 'tamsulosin 0.4 mg capsule'), '2015-02-01', dose='0.4 mg daily')
    b.medstmt(rx('7258', 'naproxen', 'naproxen 220 mg tablet'), '2018-02-01', dose='220 mg as needed, max twice daily')
    b.imm(b.C(('http://hl7.org/fhir/sid/cvx', '197', 'Influenza, high-dose, quadrivalent')), '2026-10-29')
    return b
