from lib import *

CASES = []


def case(target, kind, summary, why, expected=None):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, summary=summary, why=why,
                          expected=expected if expected is not None else ([target] if kind == "positive" else []), fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      "34F, integrated plan: palpitations with presyncope on 5 dates May-Nov 2026; ECG, 14-day patch, echo, TSH, CBC, BMP all normal; no diagnosis",
      "Palpitations/presyncope recorded on five dates over six months; every study in the window (ECG, ambulatory monitor, echo, thyroid, CBC, electrolytes) normal and no explaining diagnosis made.")
def ps_palpitations(cid):
    c = Case(cid, "cascadia")
    org = c.org(npi="1437112233", alias="CPMG Tacoma Medical Center")
    plan = c.org("Cascadia Health Plan of Washington", npi="1548223344", typ="ins")
    c.patient(["Danielle", "R."], "Okafor", "female", "1992-03-19", "CP00482291", "2214 N Proctor St", "253-555-0142")
    pcp = c.prac("Meredith", "Lindqvist", "MD", "1679012345")
    card = c.prac("Arun", "Ganesan", "MD", "1689123456")
    c.coverage(plan, "CHW7720193401", "Cascadia Signature HMO")
    c.allergy("Sulfamethoxazole / trimethoprim", (RXN, "10831", "sulfamethoxazole / trimethoprim"), "2015-06-02", "Hives")
    c.cond(cc((SCT, "61582004", "Allergic rhinitis"), (ICD, "J30.2", "Other seasonal allergic rhinitis")), "2012-04-01")
    c.cond(cc((SCT, "75498004", "Acute bacterial sinusitis"), (ICD, "J01.90", "Acute sinusitis, unspecified")), "2024-02-10", status="resolved", abate="2024-02-28", cat="encounter-diagnosis")
    e1 = c.enc("2026-05-12", typ="Office visit, established patient", cpt=("99214", "Office/outpatient visit est"), reason="Racing heartbeat", prac=pcp)
    sx = c.cond(cc((SCT, "80313002", "Palpitations"), text="Palpitations with near-fainting"), "2026-05-01", recorded="2026-05-12", enc=e1, asserter=pcp,
                note="Episodes of pounding/racing heartbeat 2-4 times a week lasting 5-20 minutes, sometimes with lightheadedness and greying of vision. No caffeine excess, no stimulant use.")
    c.vitals("2026-05-12", e1, bp=(118, 74), hr=82, wt=63.4)
    c.obs(cc((LNC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-05-12", "Normal sinus rhythm, rate 78. PR 152 ms, QRS 86 ms, QTc 421 ms. No pre-excitation.", "procedure", e1, "N")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.62, "m[IU]/L", "2026-05-13", 0.45, 4.5, e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 13.4, "g/dL", "2026-05-13", 12.0, 15.5, e1)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", 4.1, "mmol/L", "2026-05-13", 3.5, 5.1, e1)
    c.lab("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", 2.0, "mg/dL", "2026-05-13", 1.7, 2.4, e1)
    c.note("2026-05-12", "progress", pcp, """
Office visit - Family Medicine, CPMG Tacoma
CC: racing heartbeat. 34 yo F with ~2 weeks of episodic palpitations, some with lightheadedness, no syncope. No chest pain.
Exam normal. ECG NSR. Plan: TSH, CBC, BMP, Mg. 14-day ambulatory patch monitor ordered. Limit caffeine. Return if syncope.
""", e1)
    e2 = c.enc("2026-06-30", "VR", "E-visit (asynchronous)", reason="Palpitations follow-up", prac=pcp)
    c.obs(cc((LNC, "18754-2", "Holter monitor study"), text="14-day ambulatory ECG patch"), "2026-06-24",
          "Predominant sinus rhythm, HR 52-148 bpm (avg 79). Rare isolated PACs (<1%). No atrial fibrillation, no SVT, no pauses. 9 patient-triggered events, all correlating with sinus rhythm 88-104 bpm.", "procedure", e2, "N")
    c.note("2026-06-30", "progress", pcp, """
E-visit reply: Your heart monitor results were normal - the episodes you marked happened while your heart was in a normal rhythm. Your blood work was also normal. This is reassuring and we do not think anything is wrong with your heart. Try to reduce caffeine and stay hydrated.
""", e2, title="E-visit response")
    e3 = c.enc("2026-08-25", typ="Office visit, established patient", cpt=("99214", "Office/outpatient visit est"), reason="Palpitations, lightheaded spells continue", prac=pcp)
    c.vitals("2026-08-25", e3, bp=(112, 70), hr=88, wt=63.0)
    c.obs(cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram"), "2026-09-08",
          "Normal LV size and function, LVEF 62%. Normal valves. No structural heart disease.", "imaging", e3, "N", performer=card)
    c.note("2026-08-25", "progress", pcp, """
Palpitations persisting, now weekly lightheaded spells at work (stands as a dental hygienist). Orthostatic vitals negative today (supine 112/70 HR 76 -> standing 110/72 HR 88).
Echo ordered. Cardiology e-consult.
""", e3)
    e4 = c.enc("2026-10-20", typ="Urgent care visit", cpt=("99213", "Office/outpatient visit est"), reason="Palpitations and near-syncope at work")
    c.vitals("2026-10-20", e4, bp=(116, 72), hr=84, spo2=99)
    c.obs(cc((LNC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-10-20", "Sinus rhythm 84, normal intervals, no ST changes.", "procedure", e4, "N")
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", 3, "ng/L", "2026-10-20", None, 14, e4)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", 92, "mg/dL", "2026-10-20", 70, 99, e4)
    c.note("2026-09-15", "consult", card, """
Cardiology e-consult (chart review). Normal ECGs, 14-day monitor with symptom-rhythm correlation to sinus rhythm, normal echo. No cardiac cause identified; no further cardiac workup indicated. Defer to primary care.
""", title="Cardiology e-consult")
    e5 = c.enc("2026-11-17", typ="Office visit, established patient", cpt=("99214", "Office/outpatient visit est"), reason="Palpitations - ongoing", prac=pcp)
    c.vitals("2026-11-17", e5, bp=(114, 72), hr=90, wt=62.6)
    c.note("2026-11-17", "progress", pcp, """
Ongoing palpitations and lightheaded spells (now 3-4/week), missed 3 shifts this month. All studies to date normal (ECG x2, patch monitor, echo, TSH, CBC, BMP, Mg, troponin).
Cardiology found no cardiac cause. No unifying diagnosis. Patient frustrated. Continue symptom diary; return 8 weeks.
""", e5)
    c.medstmt(rx("1014676", "cetirizine hydrochloride 10 MG Oral Tablet"), "active", "2019-04-01", "10 mg by mouth daily in spring")
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      "16F neuroscience centre: recurrent left-sided numbness/weakness with lightheadedness on 4 clinic dates Apr-Oct 2026; MRI brain/spine, EEG, labs, ECG normal; no diagnosis",
      "Focal sensory/motor episodes documented at four visits over 28 weeks; MRI brain and cervical spine, EEG, ECG and blood work all normal; no explaining diagnosis on record.")
def ps_teen_episodes(cid):
    c = Case(cid, "pinecrest")
    c.org(npi="1306998877")
    ins = c.org("Rocky Mountain Health Alliance (Commercial)", npi="1407887766", typ="ins")
    c.patient(["Avery", "J."], "Castellanos", "female", "2010-02-07", "PC-2290417", "1590 S Havana St", "720-555-0177", city="Aurora")
    neuro = c.prac("Hannah", "Weitzel", "MD", "1851234567")
    np = c.prac("Corey", "Banfield", "CPNP", "1962345678", prefix=None)
    pcp = c.prac("Lucia", "Ferreira", "MD", "1073456789")
    c.coverage(ins, "RMH-55120983-02", "RMHA PPO Family", rel="child")
    c.cond(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2016-09-01")
    c.cond(cc((SCT, "16114001", "Fracture of ankle"), text="Right distal fibula fracture (soccer)"), "2023-05-10", status="resolved", abate="2023-07-01")
    e1 = c.enc("2026-04-14", typ="New patient neurology consultation", cpt=("99204", "Office/outpatient visit new"), reason="Episodes of left arm and leg numbness", prac=neuro)
    sx1 = c.cond(cc((SCT, "44077006", "Numbness"), text="Episodic left hemibody numbness and heaviness"), "2026-03-20", recorded="2026-04-14", enc=e1, asserter=neuro,
                 note="Episodes 1-3x/week lasting 10-40 min: tingling then heaviness of L arm>leg, lightheadedness, no LOC, no headache after. Normal exam between episodes.")
    sx2 = c.cond(cc((SCT, "404640003", "Dizziness")), "2026-03-20", recorded="2026-04-14", enc=e1, asserter=neuro)
    c.vitals("2026-04-14", e1, bp=(108, 66), hr=74, wt=56.2)
    c.note("2026-04-14", "consult", neuro, """
Pediatric Neurology New Patient - Pinecrest Center for Brain, Nerve and Muscle
16 yo F referred by Dr. Ferreira for 4 weeks of stereotyped episodes of L arm > L leg tingling then heaviness with lightheadedness. No migraine history, no aura with headache, no trauma.
Neuro exam normal (strength 5/5, reflexes 2+ symmetric, sensation intact, Romberg negative, gait normal). Fundi sharp.
Plan: MRI brain with and without contrast, MRI C-spine, routine EEG, CBC/CMP/B12/TSH, ECG. Episode diary.
""", e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 13.1, "g/dL", "2026-04-16", 11.7, 15.3, e1)
    c.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 512, "pg/mL", "2026-04-16", 232, 1245, e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.1, "m[IU]/L", "2026-04-16", 0.5, 4.3, e1)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", 88, "mg/dL", "2026-04-16", 70, 99, e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 139, "mmol/L", "2026-04-16", 135, 145, e1)
    mri = c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV"), text="MRI brain with and without contrast"), "2026-05-02",
                "Normal MRI of the brain. No demyelinating lesions, no mass, no restricted diffusion, normal vascular flow voids.", "imaging", e1, "N")
    mri2 = c.obs(cc((LNC, "36543-7", "MR Cervical spine WO contrast"), text="MRI cervical spine"), "2026-05-02",
                 "Normal cervical cord signal and caliber. No disc herniation or canal stenosis.", "imaging", e1, "N")
    c.dr(cc((LNC, "24590-2", "MR Brain WO and W contrast IV")), "2026-05-02", "Normal MRI brain and cervical spine.", [mri, mri2],
         cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))
    e2 = c.enc("2026-06-09", typ="Neurology follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Numbness episodes continue", prac=neuro)
    c.obs(cc((LNC, "11523-8", "EEG study"), text="Routine EEG, awake and drowsy, with hyperventilation and photic stimulation"), "2026-05-20",
          "Normal awake and drowsy EEG. No epileptiform discharges or focal slowing. No episode captured.", "procedure", e2, "N")
    c.obs(cc((LNC, "11524-6", "EKG study")), "2026-05-20", "Normal sinus rhythm, normal QTc 412 ms.", "procedure", e2, "N")
    c.note("2026-06-09", "progress", neuro, """
Episodes continuing 2x/week, one at school during PE. MRI brain/C-spine normal, EEG normal, labs normal, ECG normal.
Reassured family that there is no sign of stroke, MS or seizure. No diagnosis at this time. Continue diary, hydration. Follow up 8 weeks.
""", e2)
    e3 = c.enc("2026-08-18", typ="Neurology follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Ongoing left-sided numbness, lightheaded", prac=np)
    c.vitals("2026-08-18", e3, bp=(106, 64), hr=78, wt=55.4)
    c.obs(cc(text="Orthostatic vital signs"), "2026-08-18", "Supine 106/64 HR 72; standing 3 min 104/66 HR 86; 10 min 102/64 HR 90. No orthostatic hypotension, HR rise < 40.", "exam", e3, "N")
    c.note("2026-08-18", "progress", np, """
Follow-up: episodes now 2-3/week, lasting up to an hour, left arm and leg heavy, dizzy. Exam normal. Orthostatic vitals within normal limits.
Workup so far unremarkable. Discussed that studies are normal. Will obtain school attendance letter. RTC October with Dr. Weitzel.
""", e3)
    e4 = c.enc("2026-10-27", typ="Neurology follow-up", cpt=("99215", "Office/outpatient visit est"), reason="Persistent episodes", prac=neuro)
    c.note("2026-10-27", "progress", neuro, """
Persistent episodes since March (7 months), now also daily lightheadedness. Missed 11 school days this semester.
All evaluations normal: MRI brain and C-spine, EEG, ECG, CBC, CMP, B12, TSH, orthostatics. Exam again normal.
Assessment: recurrent transient left hemisensory symptoms with dizziness, etiology not determined. No neurologic diagnosis established.
Plan: continue observation, school accommodations letter, return in 3 months.
""", e4)
    c.note("2026-10-02", "School nurse report", pcp, """
Cherry Creek High School - Health Office log forwarded by family to PCP. Student seen in health office 9 times Aug 20 - Sep 30 for "arm numb and dizzy"; vitals normal each time; sent home 4 times.
""", title="School health office log")
    c.medreq(rx("435", "albuterol"), "active", "2024-09-01", "2 puffs inhaled every 4 hours as needed for wheeze", requester=pcp)
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      "67M integrated plan: chronic cough; chest X-ray Aug 2026 shows 2.3 cm spiculated RUL opacity with CT recommended; no CT, referral or follow-up in 109 days (red-flag finding without follow-up)",
      "A red-flag imaging finding suspicious for lung cancer (recommendation: CT chest) has had no follow-up within 60 days while the cough continues and was labelled post-viral; a missed-follow-up e-trigger.")
def ps_lung_opacity(cid):
    c = Case(cid, "greatlakes")
    org = c.org(npi="1124455667")
    plan = c.org("Great Lakes Integrated Health Plan - Medicare Advantage", npi="1235566778", typ="ins")
    c.patient(["Gerald", "W."], "Pawlowski", "male", "1959-07-22", "GL-0038812-7", "4410 Secor Rd", "419-555-0123")
    pcp = c.prac("Nadia", "Haddad", "DO", "1346677889")
    rad = c.prac("Michael", "Ostrander", "MD", "1457788990")
    rn = c.prac("Tamara", "Nguyen", "RN", "1568899001", prefix=None)
    c.coverage(plan, "GLM-661029384", "GLIH Medicare Advantage HMO", start="2024-08-01")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2011-01-01")
    c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.12", "Unilateral primary osteoarthritis, left knee")), "2019-03-01")
    c.cond(cc((ICD, "Z87.891", "Personal history of nicotine dependence"), text="Former smoker, 45 pack-years, quit 2021"), "2021-06-01", cat="problem-list-item")
    c.cond(cc((SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")), "2023-01-12", status="resolved", abate="2023-02-05", cat="encounter-diagnosis")
    c.medreq(rx("29046", "lisinopril"), "active", "2024-02-01", "lisinopril 20 mg by mouth daily", reason=htn, requester=pcp)
    c.flag(cc(text="Care gap: Lung cancer screening (LDCT) - eligible, not completed"), "active", "2025-01-15", org,
           cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    e1 = c.enc("2026-08-12", typ="Office visit, established patient", cpt=("99214", "Office/outpatient visit est"), reason="Cough x 6 weeks", prac=pcp)
    sx = c.cond(cc((SCT, "68154008", "Chronic cough"), (ICD, "R05.3", "Chronic cough")), "2026-07-01", recorded="2026-08-12", enc=e1, asserter=pcp)
    c.vitals("2026-08-12", e1, bp=(136, 82), hr=80, wt=81.2, spo2=95, temp=36.8)
    sr = c.sr(cc((CPT, "71046", "Radiologic examination, chest; 2 views"), text="XR chest PA and lateral"), "completed", "order", "2026-08-12",
              occ="2026-08-14", reason=sx, requester=pcp)
    img = c.obs(cc((LNC, "36643-5", "XR Chest 2 Views"), text="Chest X-ray PA and lateral"), "2026-08-14",
                "2.3 cm spiculated opacity right upper lobe. No effusion. Emphysematous changes.", "imaging", e1, "A", performer=rad)
    c.dr(cc((LNC, "36643-5", "XR Chest 2 Views")), "2026-08-14",
         "IMPRESSION: 2.3 cm spiculated right upper lobe opacity, suspicious for neoplasm. Recommend CT chest with contrast. Critical finding communicated via result-routing to ordering provider in-basket 08/14/2026 14:52.",
         [img], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), performer=rad)
    c.note("2026-08-12", "progress", pcp, """
67M former smoker, cough 6 weeks after URI, mostly dry, worse at night. No hemoptysis. Lungs few scattered rhonchi.
A/P: likely post-viral cough vs ACE-inhibitor cough. CXR. Benzonatate. Consider switching lisinopril if persists.
""", e1)
    c.medreq(rx("1091", "benzonatate"), "completed", "2026-08-12", "benzonatate 100 mg by mouth three times daily as needed for cough, 10 days", reason=sx, requester=pcp)
    e2 = c.enc("2026-09-30", "VR", "E-visit (asynchronous)", reason="Cough still present", prac=pcp)
    c.note("2026-09-30", "progress", pcp, """
E-visit: cough persisting, no fever. Reviewed chart. Likely post-viral / ACE-inhibitor cough. Switch lisinopril to losartan 50 mg daily. Return if worse.
""", e2, title="E-visit response")
    c.medreq(rx("52175", "losartan"), "active", "2026-09-30", "losartan 50 mg by mouth daily", reason=htn, requester=pcp)
    c.comm("2026-11-09T19:22:00-05:00", c.pat, pcp, "Hi Dr. Haddad, the cough is not gone even after changing the blood pressure pill. Coughing more at night and I lost a few pounds. Is that normal?")
    c.comm("2026-11-10T11:05:00-05:00", rn, c.pat, "Thanks for your message. Coughs after a cold can last up to 8 weeks or more. Please use honey and the cough medicine; schedule a visit if you get a fever.", cat="Patient portal message reply")
    e3 = c.enc("2026-11-18", typ="Pharmacist visit - BP check", reason="Blood pressure follow-up after medication change")
    c.vitals("2026-11-18", e3, bp=(132, 80), hr=78, wt=78.9)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", 4.4, "mmol/L", "2026-11-18", 3.5, 5.1, e3)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", "2026-11-18", 0.7, 1.3, e3)
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss",
      "15F neuroscience centre: recurrent transient loss of consciousness with normal EEG/MRI/ECG, then video-EEG with ECG captures a typical event -> reflex (vasovagal) syncope diagnosed; episodes settle",
      "Symptoms spanned > 8 weeks with normal initial studies, but a diagnosis that explains them (vasovagal syncope on captured event) was made and the episodes have since resolved.")
def ps_nm_syncope(cid):
    c = Case(cid, "lakeshore")
    c.org(npi="1790011223")
    ins = c.org("Illinois Medicaid - Blue Harbor Health (MCO)", npi="1801122334", typ="ins")
    c.patient(["Priya"], "Raghunathan", "female", "2011-06-30", "LCN-7719024", "828 Judson Ave", "847-555-0193")
    neuro = c.prac("Samuel", "Achterberg", "MD", "1912233445")
    epi = c.prac("Ines", "Moreau-Patel", "MD", "1023344556")
    c.coverage(ins, "IL-MCD-883201947", "Blue Harbor Health Medicaid", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    c.cond(cc((SCT, "24079001", "Atopic dermatitis"), (ICD, "L20.84", "Intrinsic (allergic) eczema")), "2013-01-01")
    e1 = c.enc("2026-03-17", typ="New patient neurology consultation", cpt=("99204", "Office/outpatient visit new"), reason="Episodes of passing out", prac=neuro)
    sx = c.cond(cc((SCT, "271594007", "Syncope"), text="Recurrent transient loss of consciousness"), "2026-02-10", status="resolved", abate="2026-07-22",
                recorded="2026-03-17", enc=e1, asserter=neuro, note="Four events: standing in choir, in shower, at blood draw. Brief limb jerks during one event.")
    c.vitals("2026-03-17", e1, bp=(104, 62), hr=70, wt=49.0)
    c.note("2026-03-17", "consult", neuro, """
15 yo F with 4 episodes of LOC over 5 weeks, one with brief jerking. No tongue bite. Prodrome of warmth and tunnel vision in 2.
Ddx: convulsive syncope vs seizure. Plan: routine EEG, MRI brain, ECG, CBC/BMP.
""", e1)
    c.obs(cc((LNC, "11523-8", "EEG study")), "2026-03-31", "Normal awake and sleep EEG.", "procedure", e1, "N")
    c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV")), "2026-04-08", "Normal MRI brain.", "imaging", e1, "N")
    c.obs(cc((LNC, "11524-6", "EKG study")), "2026-03-31", "Sinus rhythm, QTc 418 ms, no pre-excitation.", "procedure", e1, "N")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 12.6, "g/dL", "2026-03-31", 11.7, 15.3, e1)
    e2 = c.enc("2026-05-12", typ="Neurology follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Episodes continue", prac=neuro)
    c.note("2026-05-12", "progress", neuro, "Two further events. Studies normal. Admit to epilepsy monitoring unit for event capture with simultaneous ECG and BP.", e2)
    e3 = c.enc("2026-07-20", "IMP", "Epilepsy monitoring unit admission", reason="Event characterization", prac=epi, end="2026-07-22")
    veeg = c.obs(cc((LNC, "11523-8", "EEG study"), text="Inpatient video-EEG monitoring 48 h with ECG"), "2026-07-21",
                 "Typical event captured during head-up positioning: heart rate fell from 88 to 38 bpm with 4 s sinus pause, BP 62/34, followed by diffuse slowing then flattening of EEG for 9 s and brief myoclonic jerks. No ictal epileptiform discharge.", "procedure", e3, "A")
    dx = c.cond(cc((SCT, "398665005", "Vasovagal syncope"), text="Reflex (vasovagal) syncope with convulsive features"), "2026-07-22",
                recorded="2026-07-22", enc=e3, asserter=epi)
    c.note("2026-07-22", "discharge", epi, """
EMU discharge summary. Captured habitual event = reflex (vasovagal) syncope with convulsive features; no epileptic seizures. Not an epilepsy; no antiseizure medication.
Plan: fluids 2-2.5 L/day, salt liberalization, counter-pressure maneuvers, follow up neurology 3 months.
""", e3)
    e4 = c.enc("2026-10-27", typ="Neurology follow-up", cpt=("99213", "Office/outpatient visit est"), reason="Syncope follow-up", prac=neuro)
    c.vitals("2026-10-27", e4, bp=(110, 66), hr=72, wt=50.1)
    c.note("2026-10-27", "progress", neuro, "No episodes since August with hydration and counter-maneuvers. Participating in choir. Diagnosis of vasovagal syncope explains prior events. Discharge to PCP, return as needed.", e4)
    c.medstmt(cc(text="Sodium chloride 1 g tablet"), "active", "2026-07-22", "1 g by mouth twice daily", reason=dx)
    c.medstmt(rx("1747", "hydrocortisone", "hydrocortisone 2.5% cream"), "active", "2022-01-01", "apply to eczema twice daily as needed")
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss",
      "58M integrated plan: raised PSA 7.8 in July 2026 followed up within 60 days (urology e-consult, repeat PSA, prostate MRI PI-RADS 2); mild LUTS explained by BPH",
      "The red-flag result (raised PSA) had timely follow-up (urology e-consult and MRI within 5 weeks) and urinary symptoms are explained by diagnosed BPH.")
def ps_nm_psa(cid):
    c = Case(cid, "sierra")
    c.org(npi="1134567891")
    plan = c.org("Sierra Valley Health Plan", npi="1245678912", typ="ins")
    c.patient(["Hector", "M."], "Villanueva", "male", "1968-01-11", "SV-4410283", "3120 Franklin Blvd", "916-555-0160", lang=("es", "Spanish"))
    pcp = c.prac("Karen", "Whitlock", "MD", "1356789123")
    uro = c.prac("Babatunde", "Oyelaran", "MD", "1467891234")
    rad = c.prac("Irene", "Kowalczyk", "MD", "1578912345")
    c.coverage(plan, "SVH-220194551", "Sierra Valley Silver HMO")
    lip = c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")), "2018-05-01")
    c.cond(cc((SCT, "95570007", "Kidney stone"), text="Kidney stone 2016, passed spontaneously"), "2016-03-01", status="resolved", abate="2016-04-01")
    c.medreq(rx("83367", "atorvastatin"), "active", "2023-01-10", "atorvastatin 20 mg by mouth nightly", reason=lip, requester=pcp)
    e1 = c.enc("2026-06-29", typ="Annual preventive visit", cpt=("99396", "Preventive visit est, 40-64"), reason="Annual exam", prac=pcp)
    c.vitals("2026-06-29", e1, bp=(128, 78), hr=68, wt=84.0, bmi=27.4)
    psa1 = c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", 7.8, "ng/mL", "2026-07-01", None, 4.0, e1)
    c.lab("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", 168, "mg/dL", "2026-07-01", None, 200, e1)
    c.note("2026-06-29", "progress", pcp, "Annual. Mild nocturia x2, weak stream. Shared decision PSA done. DRE: smooth, mildly enlarged, no nodules.", e1)
    e2 = c.enc("2026-07-10", "VR", "Urology e-consult", reason="Elevated PSA", prac=uro)
    c.note("2026-07-10", "consult", uro, "E-consult: PSA 7.8 in 58M, no prior. Recommend repeat PSA with free PSA and prostate MRI. Will see in clinic after MRI.", e2, title="Urology e-consult")
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", 7.4, "ng/mL", "2026-07-22", None, 4.0, e2)
    c.lab("12841-3", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma", 27, "%", "2026-07-22", 25, None, e2)
    mri = c.obs(cc((LNC, "44136-0", "MR Prostate WO and W contrast IV"), text="Multiparametric MRI prostate"), "2026-08-05",
                "Prostate volume 68 mL (PSA density 0.11). Diffuse BPH nodularity in transition zone. No PI-RADS 3-5 lesion. PI-RADS 2.", "imaging", e2, "N", performer=rad)
    e3 = c.enc("2026-08-19", typ="Urology clinic visit", cpt=("99203", "Office/outpatient visit new"), reason="Elevated PSA, LUTS", prac=uro)
    bph = c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2026-08-19", enc=e3, asserter=uro)
    c.note("2026-08-19", "progress", uro, """
Urology: PSA 7.8 -> 7.4, free PSA 27%, MRI PI-RADS 2, gland 68 mL, PSAD 0.11. Findings consistent with BPH. Biopsy not recommended at this time.
LUTS (IPSS 12) - start tamsulosin. Repeat PSA in 6 months (due Feb 2027).
""", e3)
    c.medreq(rx("77492", "tamsulosin"), "active", "2026-08-19", "tamsulosin 0.4 mg by mouth daily 30 min after dinner", reason=bph, requester=uro)
    c.sr(cc((LNC, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "active", "order", "2026-08-19", occ="2027-02-19", reason=bph, requester=uro)
    e4 = c.enc("2026-10-14", "VR", "Secure message / e-visit", reason="LUTS follow-up", prac=uro)
    c.survey(cc(text="International Prostate Symptom Score (IPSS) total"), "2026-10-14", 6, e4)
    c.note("2026-10-14", "progress", uro, "Nocturia now x1, stream better on tamsulosin. IPSS 6. Continue. PSA Feb 2027.", e4)
    c.immun(cc(("http://hl7.org/fhir/sid/cvx", "187", "zoster vaccine recombinant")), "2026-06-29")
    return c


# ---------------------------------------------------------------- DIAGNOSIS_SYMPTOM_MISMATCH
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive",
      "31F integrated plan: palpitations/tremor/weight loss labelled generalized anxiety disorder in Feb 2026; symptoms continue and Nov 2026 TSH <0.01 with high free T4 unaccounted for by the label",
      "The working diagnosis (GAD) does not explain the continuing tachycardia, 7 kg weight loss, heat intolerance and the suppressed TSH/high free T4; problem list still carries only GAD.")
def dm_anxiety_thyroid(cid):
    c = Case(cid, "cascadia")
    c.org(npi="1437112234", alias="CPMG Olympia Medical Office")
    plan = c.org("Cascadia Health Plan of Washington", npi="1548223345", typ="ins")
    c.patient(["Marisol"], "Ibarra-Chen", "female", "1995-09-04", "CP00719355", "1819 Harrison Ave NW", "360-555-0104", city="Olympia", zip_="98502")
    pcp = c.prac("Jonah", "Pietrowski", "MD", "1679012346")
    bh = c.prac("Renee", "Albright", "LICSW", "1689123457", prefix=None)
    c.coverage(plan, "CHW8810244502", "Cascadia Deductible HMO")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), text="Gestational hypertension 2021"), "2021-08-01", status="resolved", abate="2021-11-01")
    e1 = c.enc("2026-02-10", typ="Office visit", cpt=("99214", "Office/outpatient visit est"), reason="Anxiety, heart racing, poor sleep", prac=pcp)
    gad = c.cond(cc((SCT, "21897009", "Generalized anxiety disorder"), (ICD, "F41.1", "Generalized anxiety disorder")), "2026-02-10", enc=e1, asserter=pcp)
    c.vitals("2026-02-10", e1, bp=(124, 70), hr=104, wt=64.5)
    c.survey(cc((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-02-10", 14, e1)
    c.note("2026-02-10", "progress", pcp, """
30F, 2 months of feeling on edge, heart racing, shaky hands, poor sleep since returning to work. Stressors: new job. HR 104. No labs today.
A/P: Generalized anxiety disorder. Start sertraline 25 -> 50 mg. Referral to integrated behavioral health.
""", e1)
    c.medreq(rx("36437", "sertraline"), "active", "2026-02-10", "sertraline 50 mg by mouth daily", reason=gad, requester=pcp)
    e2 = c.enc("2026-04-21", typ="Integrated behavioral health visit", reason="Anxiety", prac=bh)
    c.survey(cc((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-04-21", 11, e2)
    c.note("2026-04-21", "progress", bh, "CBT session 3. Worry somewhat better. Still notes racing heart at rest and feels hot all the time, losing weight without trying.", e2)
    e3 = c.enc("2026-07-14", "VR", "Video visit", reason="Anxiety follow-up", prac=pcp)
    c.vitals("2026-07-14", e3, wt=61.0)
    c.note("2026-07-14", "progress", pcp, "Video f/u. Palpitations persist, loose stools 2-3/day, weight down 3.5 kg (home scale). Attributed to anxiety/sertraline GI effects. Increase sertraline to 100 mg.", e3)
    e4 = c.enc("2026-11-18", typ="Office visit", cpt=("99214", "Office/outpatient visit est"), reason="Palpitations, weight loss, tremor", prac=pcp)
    c.vitals("2026-11-18", e4, bp=(132, 62), hr=118, wt=57.6, temp=37.3)
    tsh = c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 0.01, "m[IU]/L", "2026-11-18", 0.45, 4.5, e4)
    ft4 = c.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", 3.4, "ng/dL", "2026-11-18", 0.8, 1.8, e4)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 12.9, "g/dL", "2026-11-18", 12.0, 15.5, e4)
    c.note("2026-11-18", "progress", pcp, """
F/u anxiety. Still palpitations daily, heat intolerance, fine tremor, frequent stools; weight 57.6 kg (64.5 in Feb). HR 118 regular. Mild lid lag noted.
A/P: GAD - partial response to sertraline. Labs drawn today. Continue sertraline 100 mg, BH follow-up.
""", e4)
    c.dr(cc(text="Thyroid function panel"), "2026-11-18",
         "TSH <0.01 (L), free T4 3.4 (H). Result not yet acknowledged by ordering provider.", [tsh, ft4])
    c.medreq(rx("42347", "bupropion"), "stopped", "2025-01-10", "bupropion XL 150 mg daily (stopped 2025-06 - smoking cessation completed)", requester=pcp)
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive",
      "14M neuroscience centre: migraine without aura since Sept 2025 on topiramate; from Aug 2026 nocturnal waking headaches, morning vomiting, diplopia and bilateral optic disc oedema the migraine label cannot explain",
      "Migraine has been the diagnosis for > 12 months, but new red-flag findings (papilloedema, sixth-nerve palsy, early-morning vomiting) are not explained by it; MRI only scheduled.")
def dm_migraine_papilledema(cid):
    c = Case(cid, "gulfcoast")
    c.org(npi="1609988776")
    ins = c.org("Texas Children's Health Plan (CHIP)", npi="1700099887", typ="ins")
    c.patient(["Mateo", "L."], "Okonkwo-Reyes", "male", "2012-05-15", "GCK-3381902", "7715 Bellfort Ave", "713-555-0185")
    hc = c.prac("Elaine", "Fortescue", "MD", "1811100998")
    oph = c.prac("Rahul", "Deshmukh", "MD", "1922211009")
    c.coverage(ins, "CHIP-TX-44017783", "CHIP Gulf Region", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified"), text="Childhood obesity"), "2020-01-01", status="resolved", abate="2023-01-01", note="BMI now 75th percentile")
    e1 = c.enc("2025-09-23", typ="Headache clinic new patient", cpt=("99204", "Office/outpatient visit new"), reason="Recurrent headaches", prac=hc)
    mig = c.cond(cc((SCT, "56097005", "Migraine without aura"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")),
                 "2025-03-01", recorded="2025-09-23", enc=e1, asserter=hc)
    c.note("2025-09-23", "consult", hc, "13M, 6 mo of frontal throbbing headaches 4-6/month with photophobia, relieved by sleep. Neuro exam and fundi normal. Migraine without aura. Lifestyle, ibuprofen/rizatriptan, riboflavin.", e1)
    c.medreq(rx("88014", "rizatriptan"), "active", "2025-09-23", "rizatriptan 5 mg ODT at onset, may repeat once in 2 h", reason=mig, requester=hc)
    e2 = c.enc("2026-03-10", typ="Headache clinic follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Migraine", prac=hc)
    c.survey(cc(text="Headache days in past 30 days (diary)"), "2026-03-10", 7, e2)
    c.note("2026-03-10", "progress", hc, "Headaches 7 days/month. Start topiramate 25 mg, titrate to 50 mg BID. Fundi normal.", e2)
    c.medreq(rx("38404", "topiramate"), "active", "2026-03-10", "topiramate 50 mg by mouth twice daily", reason=mig, requester=hc)
    e3 = c.enc("2026-08-27", "VR", "Telehealth follow-up", reason="Headaches waking him up", prac=hc)
    c.note("2026-08-27", "progress", hc, """
Telehealth: mother reports headaches now waking him at night 2-3x/week with vomiting on waking; different from his usual migraines. Says vision "doubles" when tired.
A/P: migraine, suboptimal control. Increase topiramate to 75 mg BID. Sleep hygiene. Clinic visit in 3 months with eye exam.
""", e3)
    e4 = c.enc("2026-10-14", typ="School vision screening referral", reason="Failed school vision screen - double vision reported")
    c.note("2026-10-14", "School nurse report", hc, "Houston ISD school nurse referral: student reports horizontal double vision at distance, failed vision screen, headaches in morning. Parent advised to see eye doctor.", e4, title="School vision screening referral")
    e5 = c.enc("2026-11-19", typ="Pediatric ophthalmology consultation", cpt=("92004", "Comprehensive eye exam, new patient"), reason="Diplopia, headache", prac=oph)
    c.obs(cc((SCT, "423341008", "Optic disc edema"), text="Fundus examination"), "2026-11-19",
          "Bilateral optic disc edema, Frisen grade 2 OU, obscured vessels at margins, no hemorrhages. Left abduction deficit (partial CN VI palsy). VA 20/25 OU.", "exam", e5, "A", performer=oph)
    c.note("2026-11-19", "consult", oph, """
Ophthalmology: bilateral optic disc swelling grade 2 with partial left CN VI palsy and esotropia at distance. Findings not typical of migraine.
Recommend MRI brain with MRV and neurology re-evaluation. Family to call headache clinic today. Ophthalmology f/u 2 weeks.
""", e5)
    c.sr(cc((LNC, "24590-2", "MR Brain WO and W contrast IV"), text="MRI brain w/wo contrast with MR venogram"), "active", "order", "2026-11-20",
         occ="2026-12-03", reason=mig, requester=hc, note="Added on after ophthalmology call. First available slot 12/03.")
    c.vitals("2026-11-19", e5, bp=(118, 74), wt=52.8)
    c.medreq(rx("9346", "riboflavin"), "active", "2025-09-23", "riboflavin 200 mg by mouth daily", reason=mig, requester=hc)
    c.immun(cc(("http://hl7.org/fhir/sid/cvx", "62", "HPV, quadrivalent")), "2024-06-01")
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive",
      "52M kidney-transplant recipient (2018): epigastric pain labelled functional dyspepsia (K30) since Apr 2026; pain persists with 8 kg weight loss, new iron-deficiency anaemia and high EBV viral load the label cannot account for",
      "A functional (catch-all) diagnosis active > 7 months while symptoms continue, plus abnormal results (falling Hb, low ferritin, weight loss, EBV DNAemia) that functional dyspepsia does not explain.")
def dm_dyspepsia_tx(cid):
    c = Case(cid, "heartland")
    c.org(npi="1265544332")
    ins = c.org("Nebraska Blue Cross Blue Shield", npi="1376655443", typ="ins")
    c.patient(["Terrence", "A."], "Blackwood", "male", "1974-12-03", "HRT-1180552", "6302 Pacific St", "402-555-0138")
    neph = c.prac("Corinne", "Lafleur", "MD", "1487766554")
    gi = c.prac("Oluwaseun", "Adebayo", "MD", "1598877665")
    coord = c.prac("Kelsey", "Bruner", "RN", "1609988770", prefix=None)
    c.coverage(ins, "NBC-XJ7740219", "BluePride PPO")
    tx = c.cond(cc((ICD, "Z94.0", "Kidney transplant status"), (SCT, "161665007", "History of renal transplant")), "2018-04-17",
                note="Deceased-donor kidney transplant 04/2018 for ESRD from hypertensive nephrosclerosis. Baseline creatinine 1.3-1.5.")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2008-01-01")
    c.cond(cc((SCT, "236574005", "Acute rejection of renal transplant"), text="Borderline T-cell mediated rejection 2019, treated with steroid pulse"), "2019-02-01", status="resolved", abate="2019-03-15")
    c.medreq(rx("42316", "tacrolimus"), "active", "2018-04-17", "tacrolimus ER 4 mg by mouth daily, goal trough 5-7", reason=tx, requester=neph)
    mmf = c.medreq(rx("68149", "mycophenolate mofetil"), "active", "2026-06-10", "mycophenolate mofetil 500 mg by mouth twice daily (reduced from 1000 mg BID 6/2026 for GI symptoms)", reason=tx, requester=neph)
    c.medreq(rx("8640", "prednisone"), "active", "2018-04-17", "prednisone 5 mg by mouth daily", reason=tx, requester=neph)
    c.medreq(rx("17767", "amlodipine"), "active", "2019-01-01", "amlodipine 10 mg daily", reason=htn, requester=neph)
    e1 = c.enc("2026-04-08", typ="Transplant nephrology clinic", cpt=("99214", "Office/outpatient visit est"), reason="Epigastric pain, early satiety", prac=neph)
    fd = c.cond(cc((ICD, "K30", "Functional dyspepsia"), (SCT, "3696007", "Functional dyspepsia")), "2026-04-08", enc=e1, asserter=neph,
                note="Attributed to MMF/prednisone. CMV PCR negative.")
    c.vitals("2026-04-08", e1, bp=(134, 80), hr=76, wt=82.4)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 13.1, "g/dL", "2026-04-08", 13.5, 17.5, e1, interp="L")
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.4, "mg/dL", "2026-04-08", 0.7, 1.3, e1)
    c.lab("11253-2", "Tacrolimus [Mass/volume] in Blood", 6.1, "ng/mL", "2026-04-08", 5, 7, e1, text_range="Program target 5-7 ng/mL (>5 yr post-transplant)")
    c.medreq(rx("7646", "omeprazole"), "active", "2026-04-08", "omeprazole 40 mg by mouth daily", reason=fd, requester=neph)
    e2 = c.enc("2026-07-15", typ="Transplant nephrology clinic", cpt=("99214", "Office/outpatient visit est"), reason="Dyspepsia follow-up", prac=neph)
    c.vitals("2026-07-15", e2, bp=(128, 78), hr=80, wt=79.1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 11.4, "g/dL", "2026-07-15", 13.5, 17.5, e2)
    c.lab("11253-2", "Tacrolimus [Mass/volume] in Blood", 5.8, "ng/mL", "2026-07-15", 5, 7, e2)
    c.note("2026-07-15", "progress", neph, "Still epigastric discomfort and early satiety despite omeprazole and MMF dose reduction. Weight down 3 kg. Functional dyspepsia. Continue PPI.", e2)
    e3 = c.enc("2026-10-07", typ="Transplant lab visit - monthly labs")
    hb = c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 9.8, "g/dL", "2026-10-07", 13.5, 17.5, e3)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 9, "ng/mL", "2026-10-07", 30, 400, e3)
    c.lab("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", 312, "U/L", "2026-10-07", 125, 243, e3)
    ebv = c.lab("5005-4", "Epstein Barr virus DNA [#/volume] (viral load) in Blood by NAA with probe detection", 48200, "[IU]/mL", "2026-10-07", None, 500, e3)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.4, "mg/dL", "2026-10-07", 0.7, 1.3, e3)
    e4 = c.enc("2026-10-28", typ="Gastroenterology consultation", cpt=("99204", "Office/outpatient visit new"), reason="Dyspepsia, anemia", prac=gi)
    c.vitals("2026-10-28", e4, bp=(122, 74), hr=88, wt=74.6)
    c.note("2026-10-28", "consult", gi, """
GI consult (transplant network): 52M kidney tx 2018 on tac/MMF/pred with 7 months epigastric pain, early satiety, 8 kg weight loss (82.4 -> 74.6), Hb 13.1 -> 9.8, ferritin 9, LDH 312, EBV PCR 48,200 IU/mL (previously undetectable).
Currently carried as functional dyspepsia; in my view the weight loss, iron deficiency and EBV DNAemia are not explained by functional dyspepsia. Will discuss endoscopic evaluation with transplant team. Iron studies repeat. Start ferrous sulfate.
""", e4)
    c.medreq(cc(text="ferrous sulfate 325 mg tablet"), "active", "2026-10-28", "325 mg by mouth every other day", requester=gi, reason_text="Iron deficiency")
    e5 = c.enc("2026-11-20", typ="Transplant nephrology clinic", cpt=("99214", "Office/outpatient visit est"), reason="Dyspepsia, weight loss", prac=neph)
    c.note("2026-11-20", "progress", neph, "Persistent epigastric pain and poor appetite. Problem list: functional dyspepsia (since 4/2026). Awaiting GI plan. Repeat EBV PCR next month.", e5)
    c.comm("2026-11-22T10:15:00-06:00", coord, neph, "Dr. Lafleur - GI note from 10/28 recommends endoscopy discussion; patient asking about results of EBV level. Please advise.", cat="Care team message")
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss",
      "45M integrated plan: urgent-care 'chest pain, unspecified' (R07.9) in Sept 2026 with normal troponins/ECG, diagnosed GERD two weeks later; symptoms resolve on PPI",
      "The catch-all code was active only two weeks and was replaced by a diagnosis (GERD) that explains the symptoms, which have resolved.")
def dm_nm_chestpain(cid):
    c = Case(cid, "greatlakes")
    c.org(npi="1124455668")
    plan = c.org("Great Lakes Integrated Health Plan", npi="1235566779", typ="ins")
    c.patient(["Brandon", "T."], "Sorensen", "male", "1981-10-02", "GL-0071249-3", "2309 Glendale Ave", "419-555-0131")
    pcp = c.prac("Alicia", "Moreno", "MD", "1346677880")
    uc = c.prac("Derek", "Hutchins", "PA-C", "1457788991", prefix=None)
    c.coverage(plan, "GLC-5520183", "GLIH Commercial HMO", rel="self")
    c.cond(cc((SCT, "78275009", "Obstructive sleep apnea syndrome"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2022-03-01")
    c.cond(cc((SCT, "44465007", "Sprain of ankle"), text="Left ankle sprain"), "2025-05-04", status="resolved", abate="2025-06-10")
    e1 = c.enc("2026-09-02", typ="Urgent care visit", cpt=("99214", "Office/outpatient visit est"), reason="Chest pain", prac=uc, hm="19:30")
    cp = c.cond(cc((ICD, "R07.9", "Chest pain, unspecified"), (SCT, "29857009", "Chest pain")), "2026-09-01", status="resolved", abate="2026-09-16",
                cat="encounter-diagnosis", enc=e1, asserter=uc)
    c.vitals("2026-09-02", e1, bp=(134, 84), hr=84, spo2=98, hm="19:40")
    c.obs(cc((LNC, "11524-6", "EKG study")), "2026-09-02", "Normal sinus rhythm, no acute ST-T changes.", "procedure", e1, "N", hm="19:45")
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", 4, "ng/L", "2026-09-02", None, 20, e1, hm="19:50")
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", 4, "ng/L", "2026-09-02", None, 20, e1, hm="21:50")
    c.note("2026-09-02", "progress", uc, "Burning substernal pain after meals x 1 week, worse lying down. ECG and serial hs-troponin normal. Low risk HEART score 1. Follow up PCP.", e1)
    e2 = c.enc("2026-09-16", typ="Office visit", cpt=("99213", "Office/outpatient visit est"), reason="Chest pain follow-up", prac=pcp)
    gerd = c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2026-09-16", enc=e2, asserter=pcp)
    c.vitals("2026-09-16", e2, bp=(128, 80), hr=72, wt=97.5, bmi=31.2)
    c.note("2026-09-16", "progress", pcp, "Post-prandial retrosternal burning with acid brash, nocturnal. Cardiac eval negative. Typical GERD. Start omeprazole 20 mg daily x 8 weeks, weight loss, avoid late meals.", e2)
    c.medreq(rx("7646", "omeprazole"), "active", "2026-09-16", "omeprazole 20 mg by mouth daily before breakfast", reason=gerd, requester=pcp)
    e3 = c.enc("2026-10-28", "VR", "E-visit (asynchronous)", reason="GERD follow-up", prac=pcp)
    c.note("2026-10-28", "progress", pcp, "E-visit: heartburn resolved within 10 days of omeprazole; no chest pain. Continue to complete 8 weeks then trial off.", e3, title="E-visit response")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.6, "%", "2026-09-16", None, 5.7, e2)
    c.medstmt(cc(text="CPAP auto 6-14 cm H2O"), "active", "2022-04-01", "nightly")
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss",
      "11M neuroscience centre: episodic tension-type headache since Jan 2026 with typical features, normal exams and fundi, improving frequency on non-drug management",
      "The diagnosis is specific (not a catch-all) and fully accounts for the symptoms; no red flags or unexplained findings, and frequency is improving.")
def dm_nm_tth(cid):
    c = Case(cid, "lakeshore")
    c.org(npi="1790011224")
    ins = c.org("Aetna Better Health of Illinois", npi="1801122335", typ="ins")
    c.patient(["Owen", "P."], "Lindgren", "male", "2015-01-28", "LCN-8830117", "1412 Maple Ave", "847-555-0150")
    hc = c.prac("Beatriz", "Salgado", "MD", "1912233446")
    psy = c.prac("Noah", "Feldman", "PhD", "1023344557")
    c.coverage(ins, "ABH-IL-9902184", "Aetna Better Health Medicaid", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    c.cond(cc((SCT, "65363002", "Otitis media"), text="Recurrent acute otitis media (infancy)"), "2016-01-01", status="resolved", abate="2018-01-01")
    e1 = c.enc("2026-01-20", typ="Headache clinic new patient", cpt=("99204", "Office/outpatient visit new"), reason="Headaches", prac=hc)
    tth = c.cond(cc((SCT, "398057008", "Tension-type headache"), (ICD, "G44.219", "Episodic tension-type headache, not intractable")), "2025-10-01",
                 recorded="2026-01-20", enc=e1, asserter=hc)
    c.vitals("2026-01-20", e1, bp=(102, 64), wt=38.1)
    c.obs(cc(text="Neurological examination"), "2026-01-20", "Normal neurological examination. Fundi: sharp disc margins, venous pulsations present.", "exam", e1, "N")
    c.survey(cc(text="Headache days in past 30 days (diary)"), "2026-01-20", 10, e1)
    c.note("2026-01-20", "consult", hc, """
10M with bilateral pressing/band-like headaches after school, mild-moderate, no nausea/photophobia, no nocturnal waking, no morning vomiting. Screen time 5 h/day, skips breakfast.
Exam normal incl. fundi. Episodic tension-type headache. No imaging indicated. Plan: sleep/hydration/meals, screen limits, pediatric psychology for CBT/biofeedback, ibuprofen max 2 days/week.
""", e1)
    e2 = c.enc("2026-03-03", typ="Pediatric psychology - biofeedback", reason="Headache self-management", prac=psy)
    c.note("2026-03-03", "progress", psy, "Session 2 of biofeedback/relaxation. Engaged. Diary shows fewer headaches on days with breakfast.", e2)
    e3 = c.enc("2026-05-19", typ="Headache clinic follow-up", cpt=("99213", "Office/outpatient visit est"), reason="Tension headache", prac=hc)
    c.survey(cc(text="Headache days in past 30 days (diary)"), "2026-05-19", 7, e3)
    c.obs(cc(text="Neurological examination"), "2026-05-19", "Normal neurological exam and fundi.", "exam", e3, "N")
    e4 = c.enc("2026-10-13", typ="Headache clinic follow-up", cpt=("99213", "Office/outpatient visit est"), reason="Tension headache", prac=hc)
    c.survey(cc(text="Headache days in past 30 days (diary)"), "2026-10-13", 4, e4)
    c.survey(cc(text="PedMIDAS total score"), "2026-10-13", 6, e4)
    c.obs(cc(text="Neurological examination"), "2026-10-13", "Normal neurological exam, fundi normal, growth normal.", "exam", e4, "N")
    c.vitals("2026-10-13", e4, bp=(104, 66), wt=40.3)
    c.note("2026-10-13", "progress", hc, "Headaches down to 4 days/month, all typical TTH, no new features. PedMIDAS 6 (little disability). Continue lifestyle and relaxation skills. Follow up 6 months or PRN.", e4)
    c.medreq(rx("5640", "ibuprofen"), "active", "2026-01-20", "ibuprofen 200 mg by mouth as needed, max 2 days per week", reason=tth, requester=hc)
    return c
