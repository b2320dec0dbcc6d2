from common import start
from lib import cc, T, rx

CASES = []


def case(target, kind, why, summary, expected=None):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, why=why, summary=summary, fn=fn,
                          expected=expected if expected is not None else ([target] if kind == 'positive' else [])))
        return fn
    return deco


def occ_setup(b, docs, carrier, claim, doi, employer):
    o = b.org(b.orgname, 'prov', npi='1780634125', phone='(555) 480-2200', city=b.city, state=b.state)
    p = b.org(carrier, 'ins')
    b.org(employer, 'bus')
    prs = [b.pract(g, f, q) for g, f, q in docs]
    b.coverage(p, 'wc', claim, doi, f"Workers' compensation claim {claim} (DOI {doi}; employer {employer})")
    return o, prs


def injury_obs(b, date, text):
    return b.obs(T('Mechanism of work injury'), date, vstr=text, cat='social-history', interp=None)


def work_status(b, date, status, enc=None):
    return b.obs(T('Work status / restrictions'), date, vstr=status, cat='activity', enc=enc, interp=None)


# ---------------------------------------------------------------- O1 hand paraesthesia, normal work-up
@case('PERSISTENT_SYMPTOMS_NORMAL_WORKUP', 'positive',
      'Right hand/forearm numbness and tingling recorded at four visits from June to October 2026; nerve conduction/EMG, cervical MRI and labs all normal; no diagnosis; the IME finds "no objective findings" while symptoms persist.',
      'Occupational health: 44M order picker, 5 months of right-hand paraesthesia, normal NCS/EMG, MRI and labs, IME says no objective findings')
def o_paresthesia(cid):
    b = start(cid, 'o1')
    o, (md, ime, pt) = occ_setup(b, [('Stephen', 'Yamaguchi', 'MD'), ('Harold', 'Brinkman', 'MD'), ('Alicia', 'Fong', 'DPT')],
                                 'State Compensation Insurance Fund', 'SCIF-05621984', '2026-06-03', 'Valley Fresh Distribution LLC')
    b.patient('Ricardo Daniel', 'Esparza', 'male', '1982-01-15', 'WW-118245', 'Elk Grove', 'CA', '95624', '9120 Bruceville Rd Apt 210',
              '(916) 555-0153', marital='M', org=o, lang=('es', 'Spanish'))
    b.cond(b.C(('icd', 'E78.5', 'Hyperlipidemia, unspecified')), '2020-01-01')
    b.cond(b.C(('icd', 'S60.221A', 'Contusion of right hand, initial encounter')), '2024-02-01', status='resolved', abate='2024-03-01')
    injury_obs(b, '2026-06-03', 'Lifting 50-lb cases from pallet to conveyor, felt pull in right forearm, tingling in fingers that evening.')
    dates = ['2026-06-10', '2026-07-22', '2026-09-02', '2026-10-28']
    for i, d in enumerate(dates):
        e = b.enc(d, 'Occupational medicine visit', pract=md, reason='Right hand numbness and tingling', org=o)
        b.cond(b.C(('sct', '91019004', 'Paresthesia'), ('icd', 'R20.2', 'Paresthesia of skin')), '2026-06-03', cat='encounter-diagnosis' if i else 'problem-list-item',
               enc=e, recorded=d, note='Numbness/tingling of all five digits right hand and volar forearm; intermittent burning; drops objects.' if i == 0 else None)
        if i in (0, 3):
            b.vitals(d, e, 126, 80, 72, wt=88.0)
        work_status(b, d, 'Modified duty: no lifting > 20 lb right hand' if i < 3 else 'Full duty per IME', enc=e)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-07-22', 5.4, '%', high=5.7)
    b.lab('2132-9', 'Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma', '2026-07-22', 488, 'pg/mL', 232, 1245)
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-07-22', 1.3, 'm[IU]/L', 0.4, 4.5)
    b.dr(b.C(('cpt', '95910', 'Nerve conduction studies; 7-8 studies'), ('cpt', '95886', 'Needle electromyography, each extremity, with related paraspinal areas')), '2026-08-12',
         'Normal median, ulnar and radial motor and sensory conduction bilaterally; normal needle EMG right C5-T1 myotomes. No electrodiagnostic evidence of entrapment neuropathy, plexopathy or cervical radiculopathy.',
         cat='OTH', ccode=b.C(text='Normal study'))
    b.dr(b.C(('cpt', '72141', 'Magnetic resonance (eg, proton) imaging, spinal canal and contents, cervical; without contrast material')), '2026-09-20',
         'Normal cervical spine MRI. No disc herniation, canal or foraminal stenosis, or cord signal abnormality.', cat='RAD')
    e5 = b.enc('2026-11-10', 'Independent medical examination', pract=ime, reason="IME requested by claims administrator", org=o)
    b.note('2026-11-10', 'Independent medical examination report', '''
INDEPENDENT MEDICAL EXAMINATION (records review and examination)
Claimant: 44M warehouse order selector. DOI 06/03/2026.
Complaints: persistent numbness and tingling of the right hand and forearm, worse with gripping; drops items; wakes at night.
Records: NCS/EMG 8/12/2026 normal; cervical MRI 9/20/2026 normal; A1c, B12, TSH normal. PT x 12 sessions, no change.
Exam: non-dermatomal decreased light touch right hand; strength 5/5; reflexes symmetric; Tinel/Phalen negative.
Opinion: No objective findings to explain the subjective complaints. No ratable impairment. Released to full duty without restrictions. No basis for further care under this claim.
H. Brinkman, MD
''', loinc=('11488-4', 'Consult note'), author=ime, enc=e5, org=o)
    b.medstmt(rx('83367', 'atorvastatin', 'atorvastatin 10 mg tablet'), '2020-02-01', dose='10 mg daily')
    b.medstmt(rx('25480', 'gabapentin', 'gabapentin 300 mg capsule'), '2026-07-22', status='stopped', end='2026-09-02', dose='300 mg at bedtime',
              note='No benefit; dizziness.')
    return b


# ---------------------------------------------------------------- O2 shoulder pain explained by rotator-cuff tear
@case('PERSISTENT_SYMPTOMS_NORMAL_WORKUP', 'near-miss',
      'Right shoulder pain recorded on three visits over ten weeks with a normal radiograph, but MRI then showed a partial-thickness supraspinatus tear, which was diagnosed and explains the symptom.',
      'Occupational health: 38F stocker, shoulder pain with normal X-ray, then MRI shows partial rotator-cuff tear')
def o_shoulder_tear(cid):
    b = start(cid, 'o4')
    o, (md, pt) = occ_setup(b, [('Melinda', 'Prescott', 'MD'), ('Jonah', 'Whitehorse', 'PT')],
                            'Washington State Department of Labor & Industries', 'BK-44719380', '2026-06-29', 'Puget Grocery Co-op')
    b.patient('Tamara Lynn', 'Eckhardt', 'female', '1988-05-17', 'HWH-552098', 'Lakewood', 'WA', '98499', '8820 Gravelly Lake Dr SW',
              '(253) 555-0162', marital='S', org=o)
    b.cond(b.C(('icd', 'J45.20', 'Mild intermittent asthma, uncomplicated')), '2005-01-01')
    injury_obs(b, '2026-06-29', 'Repetitive overhead stocking of top shelves; sharp pain right shoulder reaching up with a case of canned goods.')
    sx = b.cond(b.C(('icd', 'M25.511', 'Pain in right shoulder')), '2026-06-29', status='inactive', recorded='2026-07-08',
                note='Superseded by rotator cuff diagnosis 9/30/2026.')
    for d in ['2026-07-08', '2026-08-05', '2026-09-16']:
        e = b.enc(d, 'Occupational medicine visit', pract=md, reason='Right shoulder pain', org=o)
        b.obs(cc(('loinc', '72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')), d, 6, '{score}', cat='survey', enc=e, interp=None)
        work_status(b, d, 'Modified duty: no overhead reaching right arm, lift < 10 lb', enc=e)
    b.dr(b.C(('cpt', '73030', 'Radiologic examination, shoulder; complete, minimum of 2 views')), '2026-07-08', 'Normal right shoulder radiographs.', cat='RAD')
    b.dr(b.C(('cpt', '73221', 'Magnetic resonance (eg, proton) imaging, any joint of upper extremity; without contrast material(s)')), '2026-09-28',
         'Partial-thickness articular-surface tear of the supraspinatus tendon (approximately 40% thickness) with subacromial-subdeltoid bursitis. No full-thickness tear or retraction.', cat='RAD')
    e4 = b.enc('2026-09-30', 'Occupational medicine visit', pract=md, reason='MRI results', org=o)
    rc = b.cond(b.C(('icd', 'S46.011A', 'Strain of muscle(s) and tendon(s) of the rotator cuff of right shoulder, initial encounter'),
                    text='Partial-thickness supraspinatus tear, right shoulder (work-related)'), '2026-06-29', recorded='2026-09-30', enc=e4)
    b.proc(b.C(('cpt', '20610', 'Arthrocentesis, aspiration and/or injection, major joint or bursa (eg, shoulder, hip, knee, subacromial bursa); without ultrasound guidance')),
           '2026-09-30', performer=md, reason=rc, enc=e4, outcome='Subacromial triamcinolone 40 mg + lidocaine')
    b.sreq(T('Physical therapy - rotator cuff and scapular stabilization program, 2x/week x 8 weeks'), '2026-09-30', status='active', reason=rc, requester=md, performer=pt)
    e5 = b.enc('2026-11-11', 'Occupational medicine visit', pract=md, reason='Rotator cuff tear follow-up', org=o)
    b.obs(cc(('loinc', '72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')), '2026-11-11', 3, '{score}', cat='survey', enc=e5, interp=None)
    work_status(b, '2026-11-11', 'Modified duty: overhead reaching limited to occasional', enc=e5)
    b.note('2026-11-11', 'Occupational medicine progress note', '''
Right shoulder partial-thickness supraspinatus tear (work-related, DOI 6/29/2026). Pain improved from 6/10 to 3/10 after subacromial injection and 6 weeks of PT. Full passive ROM, mild painful arc.
Plan: continue PT 4 more weeks; progress to full duty by mid-December if strength continues to improve.
M. Prescott, MD
''', author=md, enc=e5, org=o)
    b.medstmt(rx('7258', 'naproxen', 'naproxen 500 mg tablet'), '2026-07-08', dose='500 mg twice daily with food')
    b.medstmt(rx('435', 'albuterol', 'albuterol 90 mcg inhaler'), '2005-01-01', dose='as needed')
    return b


# ---------------------------------------------------------------- O3 "lumbar strain" with inflammatory red flags
@case('DIAGNOSIS_SYMPTOM_MISMATCH', 'positive',
      'Lumbar strain diagnosed May 2026 persists more than 90 days with ongoing pain, and new night pain, fevers, night sweats, 6 kg weight loss and ESR 64 / CRP 41 / WBC 11.8 that a strain cannot explain; the IME keeps the strain label.',
      'Workers comp: 39M "lumbar strain" 6 months, now night pain, fever, weight loss and raised ESR/CRP, IME attributes to deconditioning')
def o_strain_redflags(cid):
    b = start(cid, 'o2')
    o, (md, ime) = occ_setup(b, [('Colleen', 'Murtagh', 'DO'), ('Franklin', 'Oyelaran', 'MD')],
                             'Erie Insurance Workers Compensation', 'EWC-2026-118834', '2026-05-14', 'Three Rivers Steel Fabrication')
    b.patient('Dustin Michael', 'Kravitz', 'male', '1987-08-02', 'IOH-0912277', 'McKeesport', 'PA', '15132', '416 Jenny Lind St',
              '(412) 555-0170', marital='M', org=o)
    b.cond(b.C(('icd', 'F17.210', 'Nicotine dependence, cigarettes, uncomplicated')), '2005-01-01')
    b.cond(b.C(('icd', 'S61.412A', 'Laceration without foreign body of left hand, initial encounter')), '2022-03-01', status='resolved', abate='2022-03-20')
    injury_obs(b, '2026-05-14', 'Lifting steel plate with coworker, felt low back pain.')
    e1 = b.enc('2026-05-14', 'Occupational medicine - initial injury visit', pract=md, reason='Low back pain after lifting', org=o)
    strain = b.cond(b.C(('icd', 'S39.012A', 'Strain of muscle, fascia and tendon of lower back, initial encounter'), ('sct', '279039007', 'Low back pain'),
                        text='Lumbar strain'), '2026-05-14', enc=e1, recorder=md)
    b.vitals('2026-05-14', e1, 130, 82, 76, wt=93.5, temp=36.8)
    b.medreq(rx('21949', 'cyclobenzaprine', 'cyclobenzaprine 10 mg tablet'), '2026-05-14', '10 mg at bedtime as needed', reason=strain, requester=md, status='completed')
    b.medreq(rx('7258', 'naproxen', 'naproxen 500 mg tablet'), '2026-05-14', '500 mg twice daily', reason=strain, requester=md)
    for d, n in [('2026-06-18', 6), ('2026-08-13', 7), ('2026-09-24', 8)]:
        e = b.enc(d, 'Occupational medicine visit', pract=md, reason='Lumbar strain follow-up', org=o)
        b.cond(b.C(('icd', 'S39.012D', 'Strain of muscle, fascia and tendon of lower back, subsequent encounter')), '2026-05-14', cat='encounter-diagnosis', enc=e, recorded=d)
        work_status(b, d, 'Modified duty: no lifting > 15 lb, no repetitive bending', enc=e)
    b.note('2026-09-24', 'Occupational medicine progress note', '''
Lumbar strain, DOI 5/14/2026. Pain not improving despite 8 weeks PT and naproxen; now constant, wakes him at night, not relieved by lying still. Reports sweats at night (soaks shirt) and feeling feverish; lost ~6 kg without trying. Tender over L3-L4 spinous processes.
Temp 38.1 C. Ordered CBC, ESR, CRP.
C. Murtagh, DO
''', author=md, enc=e, org=o)
    b.vitals('2026-09-24', e, 124, 78, 96, wt=87.4, temp=38.1)
    r = [b.lab('4537-7', 'Erythrocyte sedimentation rate by Westergren method', '2026-10-06', 64, 'mm/h', 0, 15),
         b.lab('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', '2026-10-06', 41, 'mg/L', high=5),
         b.lab('6690-2', 'Leukocytes [#/volume] in Blood by Automated count', '2026-10-06', 11.8, '10*3/uL', 4.0, 11.0)]
    b.dr(b.C(text='Inflammatory markers and CBC'), '2026-10-06', 'Elevated ESR and CRP; mild leukocytosis.', results=r)
    b.dr(b.C(('cpt', '72100', 'Radiologic examination, spine, lumbosacral; 2 or 3 views')), '2026-05-20', 'No fracture or listhesis. Mild degenerative disc changes L4-5.', cat='RAD')
    e5 = b.enc('2026-10-20', 'Independent medical examination', pract=ime, reason='IME - lumbar strain claim', org=o)
    b.note('2026-10-20', 'Independent medical examination', '''
IME - Lumbar strain claim (DOI 5/14/2026).
Claimant reports constant low back pain, night pain and night sweats. Lab values (ESR 64, CRP 41) noted in records.
Exam: guarded lumbar motion, positive Waddell signs 2/5.
Opinion: Diagnosis remains lumbar strain. Ongoing complaints are consistent with deconditioning and symptom magnification; inflammatory markers non-specific and unrelated to the work injury. Approaching MMI; recommend work-hardening program and return to full duty in 4 weeks.
F. Oyelaran, MD
''', loinc=('11488-4', 'Consult note'), author=ime, enc=e5, org=o)
    b.ci('2026-10-20', 'Lumbar strain, approaching MMI. Work hardening recommended.', assessor=ime, problems=[strain], enc=e5)
    return b


# ---------------------------------------------------------------- O4 carpal tunnel confirmed (near miss DSM)
@case('DIAGNOSIS_SYMPTOM_MISMATCH', 'near-miss',
      'Median-distribution numbness with positive Phalen/Tinel and prolonged median sensory and motor latencies on NCS: carpal tunnel syndrome explains the continuing symptoms; no catch-all label.',
      'Occupational health: 51F dental hygienist, NCS-confirmed right carpal tunnel syndrome, symptoms fit the diagnosis')
def o_cts(cid):
    b = start(cid, 'o4')
    o, (md, hand) = occ_setup(b, [('Gareth', 'Lindholm', 'MD'), ('Priscilla', 'Anand', 'OTR/L, CHT')],
                              'Washington State Department of Labor & Industries', 'BK-45100277', '2026-07-20', 'Sound Smiles Dental Group')
    b.patient('Catherine Ann', 'Mulroney', 'female', '1975-03-30', 'HWH-601144', 'Puyallup', 'WA', '98371', '1511 7th Ave SW',
              '(253) 555-0119', marital='M', org=o)
    b.cond(b.C(('sct', '40930008', 'Hypothyroidism'), ('icd', 'E03.9', 'Hypothyroidism, unspecified')), '2012-01-01')
    injury_obs(b, '2026-07-20', 'Repetitive scaling with sustained wrist flexion and pinch grip, 8 patients/day, 22 years.')
    e1 = b.enc('2026-07-28', 'Occupational medicine visit', pract=md, reason='Right hand numbness thumb to ring finger, night waking', org=o)
    b.obs(T('Phalen maneuver, right'), '2026-07-28', vcode=b.C(('sct', '10828004', 'Positive')), cat='exam', enc=e1)
    b.obs(T('Tinel sign at carpal tunnel, right'), '2026-07-28', vcode=b.C(('sct', '10828004', 'Positive')), cat='exam', enc=e1)
    r = [b.obs(T('Median sensory distal peak latency, right (14 cm)'), '2026-08-14', 4.4, 'ms', high=3.5, cat='procedure'),
         b.obs(T('Median motor distal latency, right'), '2026-08-14', 5.1, 'ms', high=4.4, cat='procedure')]
    b.dr(b.C(('cpt', '95909', 'Nerve conduction studies; 5-6 studies')), '2026-08-14',
         'Right median sensory and motor distal latencies prolonged with normal ulnar studies: moderate right carpal tunnel syndrome. Left normal.', results=r, cat='OTH')
    e2 = b.enc('2026-08-20', 'Occupational medicine visit', pract=md, reason='NCS results', org=o)
    cts = b.cond(b.C(('sct', '57406009', 'Carpal tunnel syndrome'), ('icd', 'G56.01', 'Carpal tunnel syndrome, right upper limb')), '2026-07-20', enc=e2, recorded='2026-08-20')
    b.proc(b.C(('cpt', '20526', 'Injection, therapeutic (eg, local anesthetic, corticosteroid), carpal tunnel')), '2026-09-10', performer=md, reason=cts)
    b.sreq(T('Custom neutral wrist night splint and ergonomic assessment of operatory'), '2026-08-20', status='completed', reason=cts, requester=md, performer=hand)
    e3 = b.enc('2026-11-05', 'Occupational medicine visit', pract=md, reason='Carpal tunnel syndrome follow-up', org=o)
    b.note('2026-11-05', 'Occupational medicine progress note', '''
Right CTS (NCS-confirmed, moderate), work-related. After night splint, ergonomic changes (lighter instruments, patient-chair positioning) and steroid injection 9/10: night waking resolved, mild daytime tingling in thumb/index at end of long days.
Exam: 2-point discrimination normal; thenar strength 5/5.
Plan: continue splint and modified schedule (6 patients/day). If symptoms recur, discuss carpal tunnel release.
G. Lindholm, MD
''', author=md, enc=e3, org=o)
    work_status(b, '2026-11-05', 'Modified duty: max 6 patients/day, micro-breaks', enc=e3)
    b.medstmt(rx('10582', 'levothyroxine', 'levothyroxine 100 mcg tablet'), '2012-02-01', dose='100 mcg daily')
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-08-14', 2.4, 'm[IU]/L', 0.4, 4.5)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-08-14', 5.3, '%', high=5.7)
    return b


# ---------------------------------------------------------------- O5 lumbar fusion in preparation
@case('MAJOR_PROCEDURE_PLANNED', 'positive',
      'L4-5 transforaminal lumbar interbody fusion (CPT 22633) authorized by utilization review and recorded as a Procedure in preparation for 2027-01-19; not yet performed.',
      'Workers comp: 47M ironworker, L4-5 spondylolisthesis with radiculopathy, lumbar fusion authorized for January 2027')
def o_tlif(cid):
    b = start(cid, 'o2')
    o, (md, sp) = occ_setup(b, [('Colleen', 'Murtagh', 'DO'), ('Arvind', 'Subramanian', 'MD')],
                            'Keystone Mutual Workers Compensation', 'KMW-7730214', '2026-03-11', 'Allegheny Bridge & Iron Inc.')
    b.patient('Anthony Joseph', 'Russo', 'male', '1979-11-21', 'IOH-0877401', 'Bethel Park', 'PA', '15102', '2890 Bethel Church Rd',
              '(412) 555-0133', marital='M', org=o)
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2018-01-01')
    injury_obs(b, '2026-03-11', 'Fell approximately 6 feet from scaffold onto feet/buttocks while carrying rebar.')
    rad = b.cond(b.C(('icd', 'M43.16', 'Spondylolisthesis, lumbar region'), text='L4-5 grade 1 spondylolisthesis with L5 radiculopathy'), '2026-03-11')
    b.cond(b.C(('icd', 'M54.16', 'Radiculopathy, lumbar region')), '2026-03-11')
    b.dr(b.C(('cpt', '72148', 'Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material')), '2026-04-02',
         'L4-5 grade 1 anterolisthesis (6 mm) with bilateral foraminal stenosis, severe on the left, and broad-based disc protrusion contacting the traversing left L5 root.', cat='RAD')
    b.dr(b.C(('cpt', '72114', 'Radiologic examination, spine, lumbosacral; complete, including bending views, minimum of 6 views')), '2026-09-15',
         'Dynamic instability at L4-5: translation 5 mm between flexion and extension.', cat='RAD')
    for d in ['2026-05-19', '2026-07-14']:
        b.proc(b.C(('cpt', '64483', 'Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level')), d,
               reason=rad, outcome='Transient relief ~2 weeks')
    b.sreq(T('Physical therapy lumbar stabilization 2x/week x 12 weeks'), '2026-04-10', status='completed', reason=rad, requester=md)
    e1 = b.enc('2026-10-27', 'Spine surgery consultation', pract=sp, reason='Persistent L5 radiculopathy', org=o)
    b.obs(T('Oswestry Disability Index'), '2026-10-27', 48, '%', cat='survey', enc=e1, interp=None)
    b.vitals('2026-10-27', e1, 138, 86, 78, wt=97.0, bmi=30.2)
    prep = b.proc(b.C(('cpt', '22633', 'Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress the spinal cord and/or nerve roots; single interspace, lumbar'),
                      text='L4-5 transforaminal lumbar interbody fusion (TLIF) with pedicle screw instrumentation'),
                  None, status='preparation', performer=sp, reason=rad,
                  note='Scheduled 01/19/2027, Allegheny Spine Hospital. UR authorization #UR-26-55812 approved 11/18/2026. Pre-op medical clearance pending.')
    b.enc('2027-01-19T06:30:00-05:00', 'Spine surgery - inpatient', cls='IMP', status='planned', pract=sp, reason='L4-5 TLIF', org=o)
    b.note('2026-10-27', 'Spine surgery consult', '''
47M ironworker, work injury 3/11/2026 (fall from scaffold). Left L5 radicular pain and dorsiflexion weakness 4/5 persisting > 7 months despite PT x 12 weeks, 2 transforaminal ESIs, NSAIDs, gabapentin. ODI 48%.
Imaging: L4-5 grade 1 spondylolisthesis with dynamic instability and severe left foraminal stenosis.
Recommendation: L4-5 TLIF with decompression and instrumentation. Risks reviewed (nonunion, infection, dural tear, nerve injury, adjacent segment disease). Patient wishes to proceed. Request for authorization submitted.
A. Subramanian, MD
''', loinc=('11488-4', 'Consult note'), author=sp, enc=e1, org=o)
    b.note('2026-11-18', 'Utilization review determination', 'UR determination: L4-5 TLIF (CPT 22633) - CERTIFIED as medically necessary per MTUS/ODG criteria. Authorization UR-26-55812, valid through 03/18/2027.',
           loinc=('11506-3', 'Progress note'), org=o)
    b.medstmt(rx('25480', 'gabapentin', 'gabapentin 300 mg capsule'), '2026-05-01', dose='300 mg three times daily')
    b.medstmt(rx('17767', 'amlodipine', 'amlodipine 5 mg tablet'), '2018-02-01', dose='5 mg daily')
    work_status(b, '2026-10-27', 'Temporary total disability pending surgery')
    return b


# ---------------------------------------------------------------- O6 trigger finger release (minor)
@case('MAJOR_PROCEDURE_PLANNED', 'near-miss',
      'The planned procedure is an office A1 pulley release for trigger finger (CPT 26055) under local anaesthesia, a minor procedure outside the major/invasive set.',
      'Occupational health: 55F assembly worker, trigger finger release (minor office procedure) scheduled December 2026')
def o_trigger_finger(cid):
    b = start(cid, 'o1')
    o, (md, hs) = occ_setup(b, [('Stephen', 'Yamaguchi', 'MD'), ('Lorena', 'Batista', 'MD')],
                            'Employers Compensation Insurance Company', 'ECI-3318740', '2026-04-15', 'Delta Precision Electronics')
    b.patient('Mai Thi', 'Nguyen', 'female', '1971-09-09', 'WW-133058', 'Sacramento', 'CA', '95823', '7225 Franklin Blvd Apt 3',
              '(916) 555-0189', marital='M', org=o, lang=('vi', 'Vietnamese'))
    b.cond(b.C(('sct', '44054006', 'Diabetes mellitus type 2'), ('icd', 'E11.9', 'Type 2 diabetes mellitus without complications')), '2018-01-01')
    b.cond(b.C(('icd', 'J06.9', 'Acute upper respiratory infection, unspecified')), '2026-01-10', status='resolved', abate='2026-01-20')
    injury_obs(b, '2026-04-15', 'Repetitive crimping tool use with right hand, 10-hour shifts.')
    tf = b.cond(b.C(('sct', '202271005', 'Trigger finger'), ('icd', 'M65.331', 'Trigger finger, right middle finger')), '2026-04-15')
    e1 = b.enc('2026-05-06', 'Occupational medicine visit', pract=md, reason='Right middle finger catching', org=o)
    b.proc(b.C(('cpt', '20550', 'Injection(s); single tendon sheath, or ligament, aponeurosis (eg, plantar "fascia")')), '2026-05-06', performer=md, reason=tf, enc=e1,
           outcome='Relief for 6 weeks')
    e2 = b.enc('2026-08-12', 'Occupational medicine visit', pract=md, reason='Trigger finger recurrence', org=o)
    b.proc(b.C(('cpt', '20550', 'Injection(s); single tendon sheath, or ligament, aponeurosis (eg, plantar "fascia")')), '2026-08-12', performer=md, reason=tf, enc=e2,
           outcome='Partial relief')
    e3 = b.enc('2026-11-09', 'Hand surgery consultation', pract=hs, reason='Recurrent trigger finger', org=o)
    b.vitals('2026-11-09', e3, 128, 76, 70, wt=58.3)
    b.lab('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '2026-10-30', 7.0, '%', high=5.7, enc=e3)
    b.sreq(b.C(('cpt', '26055', 'Tendon sheath incision (eg, for trigger finger)')), '2026-11-09', status='active', intent='order', occ='2026-12-17T13:00:00-08:00',
           reason=tf, requester=hs, note='Office procedure room, local anesthesia (WALANT). Return to modified duty in 3-5 days.')
    b.note('2026-11-09', 'Hand surgery consult', '''
Right middle finger Quinnell grade 3 triggering (locks, needs passive extension) after two corticosteroid injections.
Recommend percutaneous vs open A1 pulley release in the office under local anesthesia, scheduled 12/17/2026. 10-15 minute procedure, no sedation.
L. Batista, MD
''', loinc=('11488-4', 'Consult note'), author=hs, enc=e3, org=o)
    work_status(b, '2026-11-09', 'Modified duty: no crimping tool right hand', enc=e3)
    b.medstmt(rx('6809', 'metformin', 'metformin 500 mg tablet'), '2018-02-01', dose='500 mg twice daily')
    b.medstmt(rx('5640', 'ibuprofen', 'ibuprofen 400 mg tablet'), '2026-04-20', dose='400 mg as needed')
    return b


# ---------------------------------------------------------------- O7 firefighter metastatic bladder cancer, hospice
@case('UNTREATABLE_PROGNOSIS', 'positive',
      'Metastatic urothelial bladder cancer progressing after three systemic lines; the oncologist states there are no further effective treatment options and hospice referral is placed; no second opinion on record.',
      'Occupational claims: 59M firefighter, presumptive-cancer claim, metastatic bladder cancer with "no further options" and hospice referral')
def o_firefighter_bladder(cid):
    b = start(cid, 'o3')
    o, (md, nurse) = occ_setup(b, [('Yvonne', 'Castellanos', 'MD'), ('Derrick', 'Palmer', 'RN, CCM')],
                               'Georgia Municipal Risk Pool', 'GMRP-FF-20250931', '2025-09-02', 'City of Marietta Fire Department')
    onc = b.pract('Lawrence', 'Ibekwe', 'MD')
    b.patient('Kevin Patrick', 'Donnelly', 'male', '1967-06-12', 'CCI-55872', 'Marietta', 'GA', '30064', '1880 Powder Springs Rd',
              '(770) 555-0147', marital='M', org=o)
    ca = b.cond(b.C(('sct', '399326009', 'Malignant tumor of urinary bladder'), ('icd', 'C67.9', 'Malignant neoplasm of bladder, unspecified')), '2025-09-02',
                note='Urothelial carcinoma, muscle-invasive at diagnosis; occupational cancer presumption claim accepted (28 years firefighting).')
    b.cond(b.C(('icd', 'C79.51', 'Secondary malignant neoplasm of bone')), '2026-02-10')
    b.cond(b.C(('icd', 'C78.7', 'Secondary malignant neoplasm of liver and intrahepatic bile duct')), '2026-08-20')
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2012-01-01')
    b.medstmt(T('gemcitabine + cisplatin'), '2026-02-20', status='completed', end='2026-06-05', reason=ca)
    b.medstmt(T('avelumab maintenance'), '2026-06-26', status='stopped', end='2026-08-14', reason=ca, note='Progression (liver).')
    b.medstmt(T('enfortumab vedotin'), '2026-08-28', status='stopped', end='2026-10-16', reason=ca, note='Progression; grade 3 neuropathy and rash.')
    e1 = b.enc('2026-10-30', 'Oncology records received', cls='VR', pract=nurse, reason='Claim file update', org=o)
    b.note('2026-10-30', 'Treating oncologist letter (received for claim file)', '''
To: Georgia Municipal Risk Pool / CompCare case management
Re: Kevin Donnelly, metastatic urothelial carcinoma
Mr. Donnelly has progressed through gemcitabine/cisplatin, avelumab maintenance and enfortumab vedotin, with new liver metastases and worsening bone disease. FGFR3 testing negative; not eligible for available trials given liver function and performance status (ECOG 3).
There are no further effective treatment options. I have recommended hospice care and he and his wife agree. Expected prognosis is weeks to a few months.
L. Ibekwe, MD, Medical Oncology
''', loinc=('11488-4', 'Consult note'), author=onc, enc=e1, org=o)
    b.lab('1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma', '2026-10-22', 2.9, 'mg/dL', 0.1, 1.2)
    b.lab('17861-6', 'Calcium [Mass/volume] in Serum or Plasma', '2026-10-22', 11.2, 'mg/dL', 8.6, 10.3)
    b.lab('718-7', 'Hemoglobin [Mass/volume] in Blood', '2026-10-22', 8.9, 'g/dL', 13.5, 17.5)
    e2 = b.enc('2026-11-05', 'Case management home visit', cls='HH', pract=nurse, reason='Hospice authorization', org=o)
    b.sreq(b.C(('hcpcs', 'Q5001', "Hospice or home health care provided in patient's home/residence"), text='Home hospice - authorized under claim'),
           '2026-11-05', status='active', intent='order', reason=ca, requester=md)
    b.careplan('Hospice / comfort care plan', '2026-11-05', b.C(('sct', '385763009', 'Hospice care')), addresses=[ca], author=md,
               desc='Home hospice authorized under occupational cancer claim. Pain control, hypercalcemia management for comfort, caregiver support.',
               activities=[('Hospice nursing visits 3x/week', 'in-progress'), ('Durable medical equipment: hospital bed', 'completed')])
    b.note('2026-11-05', 'Nurse case manager note', '''
Home visit. Patient in recliner, ECOG 3, pain 5/10 on current regimen. Wife Sharon is primary caregiver. Reviewed oncologist letter: no further cancer-directed treatment available; family agrees with hospice. Hospice authorized under the accepted presumptive-cancer claim; admission visit scheduled 11/7.
D. Palmer, RN, CCM
''', author=nurse, enc=e2, org=o)
    b.medstmt(rx('7052', 'morphine', 'morphine sulfate ER 30 mg tablet'), '2026-10-20', dose='30 mg every 12 hours', reason=ca)
    return b


# ---------------------------------------------------------------- O8 roofer, SCC ear, radiotherapy planned
@case('HIGH_IMPACT_TREATMENT', 'positive',
      'Adjuvant radiotherapy (60 Gy in 30 fractions) ordered for recurrent high-risk cutaneous SCC of the right ear, starting 2026-12-14; radiotherapy is in the high-impact set.',
      "Occupational health: 62M roofer, recurrent SCC of the ear with perineural invasion, radiotherapy starting December 2026 under a workers' comp claim")
def o_roofer_rt(cid):
    b = start(cid, 'o4')
    o, (md, ro) = occ_setup(b, [('Melinda', 'Prescott', 'MD'), ('Benedict', 'Osei', 'MD')],
                            'Washington State Department of Labor & Industries', 'BK-46037715', '2026-03-02', 'Cascade Roofing & Sheet Metal')
    b.patient('Dale Everett', 'Lundgren', 'male', '1964-07-04', 'HWH-488230', 'Spanaway', 'WA', '98387', '16712 Pacific Ave S',
              '(253) 555-0124', marital='M', org=o)
    scc = b.cond(b.C(('icd', 'C44.221', 'Squamous cell carcinoma of skin of right ear and external auricular canal'),
                     text='Recurrent cutaneous SCC, right helix, perineural invasion'), '2026-03-02',
                 note='Occupational UV exposure - 40 years outdoor roofing; claim allowed 5/2026.')
    b.cond(b.C(('icd', 'L57.0', 'Actinic keratosis')), '2018-01-01')
    b.cond(b.C(('sct', '59621000', 'Essential hypertension'), ('icd', 'I10', 'Essential (primary) hypertension')), '2014-01-01')
    b.proc(b.C(('cpt', '17311', 'Mohs micrographic technique, head/neck, first stage')), '2025-01-14', reason=scc, outcome='Clear margins (primary SCC 2025)')
    b.proc(b.C(('cpt', '11642', 'Excision, malignant lesion including margins, face, ears, eyelids, nose, lips; excised diameter 1.1 to 2.0 cm')), '2026-05-19',
           reason=scc, outcome='Recurrence excised')
    b.dr(b.C(('loinc', '60567-5', 'Comprehensive pathology report panel')), '2026-05-21',
         'Right helix: invasive squamous cell carcinoma, moderately differentiated, 2.3 cm, depth 6 mm, perineural invasion of a nerve >0.1 mm; deep margin focally involved.', cat='SP')
    b.dr(b.C(('cpt', '70543', 'Magnetic resonance (eg, proton) imaging, orbit, face, and/or neck; without contrast material(s), followed by contrast material(s) and further sequences')),
         '2026-10-08', 'No nodal disease. No radiographic perineural spread along the facial nerve.', cat='RAD')
    e1 = b.enc('2026-11-16', 'Radiation oncology consultation', pract=ro, reason='High-risk cutaneous SCC', org=o)
    b.note('2026-11-16', 'Radiation oncology consult', '''
62M roofer with recurrent SCC of the right helix, excised 5/2026 with focally positive deep margin and perineural invasion. Head & neck tumor board (11/4) recommended adjuvant radiation; re-excision would require partial auriculectomy.
Plan: adjuvant external beam radiotherapy, 60 Gy in 30 fractions to the right ear and periauricular region, with bolus. Simulation 12/3, start 12/14/2026.
Counseled on skin reaction, ear canal stenosis, hearing change, fatigue.
B. Osei, MD
''', loinc=('11488-4', 'Consult note'), author=ro, enc=e1, org=o)
    b.sreq(b.C(('sct', '108290001', 'Radiation oncology AND/OR radiotherapy'), ('cpt', '77263', 'Therapeutic radiology treatment planning; complex'),
               text='Adjuvant external beam radiotherapy, right ear, 60 Gy/30 fx'), '2026-11-16', status='active', intent='order',
           occ_period=('2026-12-14', '2027-01-26'), reason=scc, requester=ro)
    e2 = b.enc('2026-11-20', 'Occupational medicine visit', pract=md, reason='Claim follow-up', org=o)
    work_status(b, '2026-11-20', 'Time loss authorized during radiotherapy (12/14/2026 - 2/2027)', enc=e2)
    b.vitals('2026-11-20', e2, 136, 84, 74, wt=86.0)
    b.medstmt(rx('29046', 'lisinopril', 'lisinopril 20 mg tablet'), '2014-02-01', dose='20 mg daily')
    return b


# ---------------------------------------------------------------- O9 ACL reconstruction, EQ-5D dip below MCID
@case('HIGH_IMPACT_TREATMENT', 'near-miss',
      'The treatment (ACL reconstruction and rehabilitation) is not in the high-impact set, and EQ-5D-5L index changed by only 0.04 after surgery, below the ~0.08 minimal important difference.',
      'Workers comp: 44M forklift operator after ACL reconstruction, EQ-5D dips 0.04 (below MID) during rehab')
def o_acl_eq5d(cid):
    b = start(cid, 'o1')
    o, (md, pt, os_) = occ_setup(b, [('Rebecca', 'Holmgren', 'MD'), ('Aaron', 'Kealoha', 'DPT'), ('Vincent', 'Marchand', 'MD')],
                                 'Zenith Insurance Company', 'ZNT-26-4401877', '2026-05-22', 'Capitol Building Supply')
    b.patient('Marcus Allen', 'Whitley', 'male', '1982-10-30', 'WW-140712', 'Roseville', 'CA', '95678', '310 Sunrise Ave',
              '(916) 555-0112', marital='M', org=o)
    b.cond(b.C(('icd', 'E66.3', 'Overweight')), '2019-01-01')
    injury_obs(b, '2026-05-22', 'Twisted right knee stepping down from forklift onto uneven pallet.')
    acl = b.cond(b.C(('icd', 'S83.511A', 'Sprain of anterior cruciate ligament of right knee, initial encounter'), text='Complete right ACL tear'), '2026-05-22')
    b.dr(b.C(('cpt', '73721', 'Magnetic resonance (eg, proton) imaging, any joint of lower extremity; without contrast material')), '2026-06-02',
         'Complete ACL tear; bone contusions lateral femoral condyle and posterolateral tibial plateau; menisci intact.', cat='RAD')
    b.proc(b.C(('cpt', '29888', 'Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction')), '2026-07-09', performer=os_, reason=acl,
           outcome='Bone-patellar tendon-bone autograft; uncomplicated')
    for d, v, stage in [('2026-06-20', 0.74, 'pre-op'), ('2026-08-20', 0.70, '6 weeks post-op'), ('2026-11-12', 0.78, '4 months post-op')]:
        e = b.enc(d, 'Occupational medicine visit', pract=md, reason=f'ACL {stage}', org=o)
        b.obs(T('EQ-5D-5L index value (US value set)'), d, v, '{index}', cat='survey', enc=e, interp=None, note=stage)
        work_status(b, d, 'Sedentary duty only' if d != '2026-11-12' else 'Modified duty: no forklift mount/dismount > 10x/shift', enc=e)
    b.sreq(T('Post-operative ACL rehabilitation physical therapy 2-3x/week'), '2026-07-15', status='active', reason=acl, requester=os_, performer=pt)
    b.note('2026-11-12', 'Occupational medicine progress note', '''
4 months s/p right ACL reconstruction (7/9/2026). Progressing in PT: full extension, flexion 130, quad strength 75% of contralateral. No instability. EQ-5D-5L 0.78 (0.74 pre-op, 0.70 at 6 weeks).
Plan: continue PT; return-to-work functional capacity evaluation at 6 months.
R. Holmgren, MD
''', author=md, enc=e, org=o)
    b.vitals('2026-11-12', e, 128, 80, 66, wt=94.0)
    b.medstmt(rx('161', 'acetaminophen', 'acetaminophen 500 mg tablet'), '2026-07-09', dose='1 g every 8 h as needed')
    return b


# ---------------------------------------------------------------- O10 IME questionnaire: wants second opinion
@case('PATIENT_REPORTED_CONCERN', 'positive',
      'In her IME intake questionnaire the injured worker answered Yes to wanting a second medical opinion and wrote that her knee complaints were "brushed off"; an explicit patient signal.',
      'Workers comp: 36F nursing assistant with medial meniscus tear released to full duty; IME intake questionnaire asks for a second opinion')
def o_meniscus_qr(cid):
    b = start(cid, 'o3')
    o, (ime, ortho) = occ_setup(b, [('Sheldon', 'Abernathy', 'MD'), ('Patrice', 'Dumont', 'MD')],
                                'Sedgwick Claims Management (TPA) for Peachtree Senior Living', 'SCM-3091-22874', '2026-07-30', 'Peachtree Senior Living')
    b.patient('Latoya Denise', 'Freeman', 'female', '1990-02-14', 'CCI-61409', 'Decatur', 'GA', '30032', '2455 Candler Rd Apt 7',
              '(404) 555-0186', marital='S', org=o)
    b.cond(b.C(('icd', 'D25.9', 'Leiomyoma of uterus, unspecified')), '2019-01-01')
    injury_obs(b, '2026-07-30', 'Knee twisted while transferring resident from bed to wheelchair.')
    men = b.cond(b.C(('icd', 'S83.241A', 'Other tear of medial meniscus, current injury, right knee, initial encounter'),
                     text='Horizontal tear posterior horn medial meniscus, right knee'), '2026-07-30')
    b.dr(b.C(('cpt', '73721', 'Magnetic resonance (eg, proton) imaging, any joint of lower extremity; without contrast material')), '2026-08-18',
         'Horizontal tear of the posterior horn of the medial meniscus extending to the inferior articular surface. Small joint effusion. Ligaments intact.', cat='RAD')
    e1 = b.enc('2026-10-06', 'Orthopedic visit (treating physician)', pract=ortho, reason='Right knee meniscal tear', org=o)
    b.note('2026-10-06', 'Orthopedic progress note', '''
Right knee medial meniscus horizontal tear. Completed 8 weeks PT. Reports pain with kneeling and stairs, occasional catching. Exam: mild medial joint line tenderness, McMurray equivocal.
Plan: non-operative management; released to full duty 10/13/2026. Follow up as needed.
P. Dumont, MD
''', author=ortho, enc=e1, org=o)
    b.medstmt(rx('41493', 'meloxicam', 'meloxicam 15 mg tablet'), '2026-08-01', dose='15 mg daily', reason=men)
    e2 = b.enc('2026-11-16', 'Independent medical examination', pract=ime, reason='IME - disputed return to work', org=o)
    b.qr('https://fhir.compcare-ime.net/fhir/r4/Questionnaire/ime-claimant-intake-v3', '2026-11-16', [
        ('1', 'Which body part(s) were injured?', 'Right knee'),
        ('2', 'Current pain level (0-10)', 6),
        ('3', 'Are you currently working full duty?', True),
        ('4', 'Do you agree with your treating physician\'s assessment and work status?', False),
        ('5', 'Would you like a second medical opinion regarding your diagnosis or treatment?', True),
        ('6', 'Please describe any concerns', 'I still cannot kneel or climb stairs at work without my knee catching. I feel my knee complaints were brushed off and I was sent back to full duty too early. I want another doctor to look at it.'),
    ], author=b.pat, source=b.pat, enc=e2)
    b.obs(cc(('loinc', '72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')), '2026-11-16', 6, '{score}', cat='survey', enc=e2, interp=None)
    b.vitals('2026-11-16', e2, 122, 78, 74, wt=79.0)
    work_status(b, '2026-11-16', 'Full duty (per treating physician 10/13/2026)', enc=e2)
    b.note('2026-11-16', 'IME intake summary', '''
Claimant completed intake questionnaire. Requests a second medical opinion regarding her right knee and return to full duty. Examination and records review in progress; report to follow.
S. Abernathy, MD
''', author=ime, enc=e2, org=o)
    return b


# ---------------------------------------------------------------- O11 radiculopathy ODI worsening despite treatment
@case('WORSENING_DESPITE_TREATMENT', 'positive',
      'Oswestry Disability Index rose 30 -> 38 -> 46 -> 54% from May to November 2026 (24 points, MCID ~10, >90 days) with pain NRS rising, while gabapentin, physical therapy and later duloxetine were active throughout.',
      'Workers comp: 46F home health aide with S1 radiculopathy, Oswestry 30% to 54% over 6 months despite gabapentin, PT and duloxetine')
def o_odi_worse(cid):
    b = start(cid, 'o2')
    o, (md, pt) = occ_setup(b, [('Helena', 'Vukovich', 'MD'), ('Marco', 'DeLuca', 'DPT')],
                            'Pennsylvania Manufacturers\' Association Insurance', 'PMA-WC-889012', '2026-03-18', 'Steel Valley Home Care Services')
    b.patient('Renee Michelle', 'Washington', 'female', '1980-06-25', 'IOH-1002539', 'Homestead', 'PA', '15120', '330 E 9th Ave',
              '(412) 555-0106', marital='D', org=o)
    b.cond(b.C(('icd', 'E03.9', 'Hypothyroidism, unspecified')), '2015-01-01')
    injury_obs(b, '2026-03-18', 'Lifting client from bathtub when client slipped; immediate low back pain radiating to left leg.')
    rad = b.cond(b.C(('icd', 'M51.17', 'Intervertebral disc disorders with radiculopathy, lumbosacral region'), ('sct', '23056005', 'Sciatica'),
                     text='L5-S1 disc herniation with left S1 radiculopathy'), '2026-03-18')
    b.dr(b.C(('cpt', '72148', 'Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material')), '2026-04-09',
         'Left paracentral L5-S1 disc extrusion contacting the traversing left S1 nerve root.', cat='RAD')
    b.medreq(rx('25480', 'gabapentin', 'gabapentin 300 mg capsule'), '2026-04-02', '300 mg three times daily, titrated to 600 mg three times daily by 6/2026', reason=rad, requester=md)
    b.medreq(rx('72625', 'duloxetine', 'duloxetine 30 mg capsule'), '2026-09-09', '30 mg daily x 2 weeks then 60 mg daily', reason=rad, requester=md)
    b.sreq(T('Physical therapy - lumbar McKenzie / core stabilization, 2x/week'), '2026-04-15', status='active', reason=rad, requester=md, performer=pt,
           note='Attended 38/40 scheduled sessions through 11/2026.')
    for d, odi, nrs in [('2026-05-06', 30, 5), ('2026-07-15', 38, 6), ('2026-09-09', 46, 7), ('2026-11-11', 54, 8)]:
        e = b.enc(d, 'Occupational medicine visit', pract=md, reason='Lumbosacral radiculopathy', org=o)
        b.obs(b.C(('local:pro-instruments', 'ODI-2.1a', 'Oswestry Disability Index v2.1a')), d, odi, '%', cat='survey', enc=e, interp=None)
        b.obs(cc(('loinc', '72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')), d, nrs, '{score}', cat='survey', enc=e, interp=None)
        work_status(b, d, 'Off work (temporary total disability)' if odi > 40 else 'Modified duty: no patient lifting', enc=e)
    b.proc(b.C(('cpt', '64483', 'Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level')), '2026-06-24',
           reason=rad, outcome='No lasting benefit')
    b.note('2026-11-11', 'Occupational medicine progress note', '''
Left S1 radiculopathy from L5-S1 extrusion (DOI 3/18/2026). Despite gabapentin (since 4/2026, now 1800 mg/day), PT with excellent attendance, one TFESI (6/2026) and duloxetine added 9/2026, she is worse: ODI 30% (May) -> 38% -> 46% -> 54% today; leg pain 8/10, new numbness lateral foot, ankle reflex absent.
Plan: repeat MRI; spine surgery consultation; continue current medications.
H. Vukovich, MD
''', author=md, enc=e, org=o)
    b.sreq(T('Spine surgery consultation'), '2026-11-11', status='active', reason=rad, requester=md)
    return b


# ---------------------------------------------------------------- O12 PHQ-9 rise below MCID
@case('WORSENING_DESPITE_TREATMENT', 'near-miss',
      'PHQ-9 moved 9 -> 11 -> 12 over five months on sertraline, a 3-point change below the 5-point minimal clinically important difference.',
      'Workers comp: 41M laborer with post-injury depression on sertraline, PHQ-9 rises only 3 points')
def o_phq9_small(cid):
    b = start(cid, 'o3')
    o, (psy, md) = occ_setup(b, [('Miriam', 'Goldfarb', 'PsyD'), ('Trevor', 'Nwachukwu', 'MD')],
                             'Builders Mutual Insurance', 'BMI-WC-5510382', '2026-02-09', 'Southern Crest Construction')
    b.patient('Jamal Andre', 'Whitfield', 'male', '1985-12-03', 'CCI-59277', 'Lithonia', 'GA', '30058', '6710 Covington Hwy',
              '(678) 555-0135', marital='M', org=o)
    injury_obs(b, '2026-02-09', 'Fell from ladder (8 ft) onto outstretched left hand.')
    b.cond(b.C(('icd', 'S62.102D', 'Fracture of unspecified carpal bone, left wrist, subsequent encounter for fracture with routine healing')), '2026-02-09',
           status='resolved', abate='2026-06-15')
    dep = b.cond(b.C(('sct', '35489007', 'Depressive disorder'), ('icd', 'F32.1', 'Major depressive disorder, single episode, moderate')), '2026-05-12',
                 note='Onset after injury, loss of income and role; accepted as consequential psychiatric condition.')
    b.medreq(rx('36437', 'sertraline', 'sertraline 50 mg tablet'), '2026-05-12', '50 mg daily, increased to 100 mg 8/2026', reason=dep, requester=md)
    for d, phq, gad in [('2026-06-10', 9, 8), ('2026-08-19', 11, 8), ('2026-11-04', 12, 7)]:
        e = b.enc(d, 'Occupational behavioral health visit', pract=psy, reason='Depression follow-up', org=o)
        b.obs(cc(('loinc', '44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]')), d, phq, '{score}', cat='survey', enc=e, interp=None)
        b.obs(cc(('loinc', '70274-6', 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]')), d, gad, '{score}', cat='survey', enc=e, interp=None)
    b.note('2026-11-04', 'Behavioral health progress note', '''
Depression after work injury (ladder fall 2/2026, wrist healed). On sertraline 100 mg since August; CBT every 2 weeks.
PHQ-9 12 (9 in June, 11 in August) - roughly stable, mild-moderate range. Stressors: light-duty job offer at lower pay, finances. Sleep improved. No SI.
Plan: continue sertraline and CBT; vocational rehabilitation referral.
M. Goldfarb, PsyD
''', author=psy, enc=e, org=o)
    b.sreq(T('Vocational rehabilitation counseling'), '2026-11-04', status='active', reason=dep, requester=psy)
    e2 = b.enc('2026-10-15', 'Occupational medicine visit', pract=md, reason='Wrist follow-up / work status', org=o)
    b.vitals('2026-10-15', e2, 124, 80, 72, wt=90.5)
    work_status(b, '2026-10-15', 'Modified duty: light duty, no ladders', enc=e2)
    b.lab('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', '2026-05-12', 1.8, 'm[IU]/L', 0.4, 4.5)
    return b


# ---------------------------------------------------------------- O13 chronic beryllium disease
@case('RARE_OR_COMPLEX_CONDITION', 'positive',
      'Chronic beryllium disease (berylliosis, ICD-10 J63.2, Orphanet ORPHA:133) confirmed by beryllium sensitization and granulomas on biopsy in an aerospace machinist; a rare disease.',
      'Occupational health: 48M aerospace machinist with chronic beryllium disease on low-dose prednisone')
def o_berylliosis(cid):
    b = start(cid, 'o2')
    o, (md, pul) = occ_setup(b, [('Helena', 'Vukovich', 'MD'), ('Chukwuemeka', 'Obi', 'MD')],
                             'Liberty Mutual Insurance', 'LM-WC-772019', '2025-04-22', 'Keystone Aerospace Alloys Inc.')
    b.patient('Gregory Alan', 'Szymanski', 'male', '1978-04-07', 'IOH-0774421', 'Monroeville', 'PA', '15146', '4120 William Penn Hwy',
              '(412) 555-0158', marital='M', org=o)
    cbd = b.cond(b.C(('icd', 'J63.2', 'Berylliosis'), text='Chronic beryllium disease'), '2025-06-10',
                 note='BeLPT abnormal x2 (2025); TBBx non-necrotizing granulomas; BAL lymphocytosis 38%.')
    b.cond(b.C(('icd', 'K21.9', 'Gastro-esophageal reflux disease without esophagitis')), '2016-01-01')
    b.cond(b.C(('icd', 'J18.9', 'Pneumonia, unspecified organism')), '2023-01-15', status='resolved', abate='2023-02-05')
    injury_obs(b, '2025-04-22', '19 years machining copper-beryllium alloy parts; exposure removed 6/2025.')
    b.obs(T('Beryllium lymphocyte proliferation assay (BeLPT), blood'), '2025-04-30', vcode=b.C(('sct', '10828004', 'Positive')), interp='A')
    b.dr(b.C(('loinc', '60567-5', 'Comprehensive pathology report panel')), '2025-06-10',
         'Transbronchial lung biopsy: non-necrotizing granulomas; AFB and GMS stains negative.', cat='SP', performer=pul)
    for d, dl, fvc in [('2025-12-02', 66, 78), ('2026-06-09', 69, 80), ('2026-11-17', 70, 81)]:
        e = b.enc(d, 'Occupational pulmonary clinic', pract=pul, reason='Chronic beryllium disease', org=o)
        b.obs(T('DLCO, % predicted'), d, dl, '%', low=75, cat='exam', enc=e)
        b.obs(T('FVC, % predicted'), d, fvc, '%', low=80, cat='exam', enc=e)
    b.dr(b.C(('cpt', '71250', 'Computed tomography, thorax, diagnostic; without contrast material')), '2026-06-09',
         'Stable small perilymphatic nodules and mild septal thickening, unchanged.', cat='RAD')
    b.medreq(rx('8640', 'prednisone', 'prednisone 10 mg tablet'), '2025-07-01', '10 mg daily (tapered from 30 mg)', reason=cbd, requester=pul)
    b.medstmt(rx('7646', 'omeprazole', 'omeprazole 20 mg capsule'), '2016-02-01', dose='20 mg daily')
    b.vitals('2026-11-17', e, 126, 78, 72, wt=90.2, spo2=95)
    b.note('2026-11-17', 'Occupational pulmonary note', '''
Chronic beryllium disease (BeLPT positive, granulomas on TBBx), removed from exposure 6/2025. On prednisone 10 mg; DLCO 66 -> 70%, FVC stable. Exertional dyspnea mild, cycles 20 min.
Plan: continue prednisone 10 mg with bone protection; DEXA; annual CT; co-worker medical surveillance notified to employer per OSHA beryllium standard.
C. Obi, MD
''', author=pul, enc=e, org=o)
    return b
