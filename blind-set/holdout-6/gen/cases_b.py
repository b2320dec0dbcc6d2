from lib import *
from cases_a import case
CASES = []
import cases_a


def reg(target, kind, summary, why, expected=None):
    d = case(target, kind, summary, why, expected)
    def deco(fn):
        d(fn)
        CASES.append(cases_a.CASES.pop())
        return fn
    return deco


# ---------------- MAJOR_PROCEDURE_PLANNED
@reg("MAJOR_PROCEDURE_PLANNED", "positive",
     "79M severe calcific aortic stenosis; heart team scheduled transfemoral TAVR for 2026-12-22 (ServiceRequest, CPT 33361)",
     "Active order for transcatheter aortic valve replacement, a major invasive cardiac procedure, not yet performed.")
def mpp_tavr():
    c = Case("mpp1", "https://fhir.stlukes-heart.example.org/R4", dict(name="St. Luke's Heart & Vascular Institute", city="Kansas City", state="MO"),
             dict(mrn="SLH10293847", family="Morrison", given=["Harold", "J."], gender="male", birth="1947-03-02", city="Overland Park", state="KS", zip="66212"),
             "urn:oid:1.2.840.114350.1.13.99.2.7.5.737384.14", payer="Medicare")
    c.setup()
    pcp = c.prac("Gallagher", "Sean", specialty="Internal Medicine")
    card = c.prac("Rao", "Priya", specialty="Interventional Cardiology")
    cts = c.prac("Delacroix", "Louis", specialty="Cardiothoracic Surgery")
    c.allergy(cc("Iodinated contrast media", ("sct", "293637006", "Allergy to contrast media")), "Hives", crit="high")
    htn = c.cond(cc("Essential hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(cc("Hyperlipidemia", ("sct", "55822004", "Hyperlipidemia")), "2009-01-01")
    c.cond(cc("Benign prostatic hyperplasia", ("sct", "266569009", "Benign prostatic hyperplasia")), "2015-01-01")
    e1 = c.enc("2026-09-10", "Cardiology visit", prac=card, reason=cc("Exertional dyspnea, murmur"))
    asx = c.cond(cc("Severe aortic valve stenosis", ("sct", "60573004", "Aortic valve stenosis"), ("icd", "I35.0", "Nonrheumatic aortic (valve) stenosis")), "2024-05-01", enc=e1, severity="Severe")
    c.vitals("2026-09-10", e1, bp=(142, 70), hr=68, wt=80.2)
    echo = c.dxr(cc("Echocardiogram transthoracic", ("lnc", "34552-0", "Cardiac 2D echo panel")), "2026-09-10", [],
                 "Severe calcific AS: AVA 0.7 cm2, mean gradient 48 mmHg, Vmax 4.4 m/s. LVEF 55%. Mild MR.", cat="CUS", enc=e1, performer=card)
    c.lab("ntbnp", "2026-09-10", 1480, e1)
    e2 = c.enc("2026-10-22", "Structural heart clinic", prac=cts, reason=cc("TAVR evaluation"))
    c.dxr(cc("CT angiography chest abdomen pelvis TAVR protocol", ("lnc", "36813-4", "CT Angiogram Chest and Abdomen and Pelvis")), "2026-10-15", [],
          "Annulus perimeter 78 mm; iliofemoral access adequate bilaterally (min diameter 7.1 mm). Premedicated for contrast allergy.", cat="RAD")
    c.obs(cc("STS predicted risk of mortality"), "2026-10-22", 5.8, "%", cat="exam", enc=e2)
    c.note("2026-10-22", "Heart team conference", """Heart team discussion: 79 y/o with symptomatic severe AS (NYHA III), STS PROM 5.8%, frailty moderate.
Consensus: transfemoral TAVR with balloon-expandable valve. Patient and daughter agree. Scheduled 12/22/2026.""", e2, cts, ("11488-4", "Consult note"))
    c.sr(cc("Transcatheter aortic valve replacement, transfemoral", ("cpt", "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach")),
         "active", "order", "2026-10-22", occ="2026-12-22T07:30:00-06:00", prac=cts, reason=asx, priority="urgent")
    c.sr(cc("Preoperative evaluation"), "active", "order", "2026-10-22", occ="2026-12-15", prac=cts)
    c.medreq(("17767", "amlodipine"), "2005-01-01", "5 mg daily", prac=pcp, reason=htn)
    c.medreq(("83367", "atorvastatin"), "2009-01-01", "20 mg nightly", prac=pcp)
    c.medreq(("4603", "furosemide"), "2026-09-10", "20 mg daily", prac=card)
    c.medreq(("863671", "tamsulosin hydrochloride 0.4 MG Oral Capsule"), "2015-01-01", "0.4 mg nightly", prac=pcp)
    bmp(c, "2026-10-22", e2, cr=1.1, egfr=66, glu=101)
    cbc(c, "2026-10-22", e2, hgb=13.8, male=True)
    return c


@reg("MAJOR_PROCEDURE_PLANNED", "positive",
     "58F lumbar stenosis with degenerative spondylolisthesis; surgeon proposes L4-L5 decompression and instrumented fusion (ServiceRequest draft/proposal)",
     "A proposal for multilevel spinal decompression with interbody fusion (CPT 22633), a major operation, has been made and not performed.")
def mpp_fusion():
    c = Case("mpp2", "https://interop.summit-ortho.example.com/fhir/r4", dict(name="Summit Orthopaedic & Spine", city="Denver", state="CO"),
             dict(mrn="SOS-88213", family="Kaminski", given=["Debra"], gender="female", birth="1968-08-14", city="Lakewood", state="CO", zip="80226"),
             "https://summit-ortho.example.com/mrn", payer="Anthem BCBS")
    c.setup()
    spine = c.prac("Ferreira", "Paulo", specialty="Orthopaedic Spine Surgery")
    pmr = c.prac("Liu", "Grace", specialty="Physical Medicine & Rehabilitation")
    c.nka()
    c.cond(cc("Hypothyroidism", ("sct", "40930008", "Hypothyroidism")), "2010-01-01")
    c.cond(cc("Depression, in remission", ("icd", "F32.5", "Major depressive disorder, single episode, in full remission")), "2016-01-01", status="remission")
    e1 = c.enc("2026-03-11", "PM&R visit", prac=pmr, reason=cc("Low back and leg pain"))
    ls = c.cond(cc("Spinal stenosis, lumbar region, with neurogenic claudication", ("icd", "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2025-06-01", enc=e1)
    spl = c.cond(cc("Degenerative spondylolisthesis L4-L5", ("sct", "202808003", "Spondylolisthesis"), ("icd", "M43.16", "Spondylolisthesis, lumbar region")), "2025-06-01", enc=e1)
    c.dxr(cc("MRI lumbar spine without contrast", ("lnc", "24967-2", "MR Lumbar spine WO contrast")), "2026-02-20", [],
          "Grade 1 anterolisthesis L4 on L5 with severe central canal stenosis and bilateral lateral recess narrowing.", cat="RAD")
    c.proc(cc("Lumbar transforaminal epidural steroid injection", ("cpt", "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")), "completed", "2026-04-08", prac=pmr, reason=ls)
    c.proc(cc("Lumbar transforaminal epidural steroid injection", ("cpt", "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")), "completed", "2026-06-24", prac=pmr, reason=ls)
    c.obs(("lnc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-03-11", 7, cat="survey", enc=e1)
    e2 = c.enc("2026-11-04", "Spine surgery consult", prac=spine, reason=cc("Surgical consult"))
    c.obs(("lnc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-04", 7, cat="survey", enc=e2)
    c.obs(cc("Oswestry Disability Index"), "2026-11-04", 52, "%", cat="survey", enc=e2)
    c.dxr(cc("XR Lumbar spine flexion and extension", ("lnc", "37623-6", "XR Lumbar spine Flexion and Extension")), "2026-11-04", [], "Grade 1 L4-5 spondylolisthesis with 4 mm dynamic translation.", cat="RAD", enc=e2)
    c.note("2026-11-04", "Spine surgery consultation", """Neurogenic claudication limiting walking to one block despite 8 months PT, NSAIDs, 2 ESIs. Dynamic instability L4-5.
Recommend L4-L5 decompression with posterior instrumented fusion and TLIF. Risks discussed. Patient wishes to proceed, tentatively late January after her daughter's wedding. Pre-op clearance with PCP.""", e2, spine, ("11488-4", "Consult note"))
    c.sr(cc("L4-L5 laminectomy, transforaminal lumbar interbody fusion and posterior instrumentation",
            ("cpt", "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress; single interspace, lumbar"),
            ("cpt", "22840", "Posterior non-segmental instrumentation")), "draft", "proposal", "2026-11-04", occ="2027-01-26", prac=spine, reason=spl)
    c.medreq(("7258", "naproxen"), "2026-03-11", "500 mg twice daily with food", prac=pmr, reason=ls)
    c.medreq(("10582", "levothyroxine"), "2010-01-01", "88 mcg daily", prac=pmr)
    c.medreq(("25480", "gabapentin"), "2026-03-11", "300 mg three times daily", prac=pmr, reason=ls)
    c.vitals("2026-11-04", e2, bp=(128, 80), hr=74, wt=77.0, bmi=29.3)
    return c


@reg("MAJOR_PROCEDURE_PLANNED", "positive",
     "63F enlarging convexity meningioma with seizures; craniotomy and resection booked January 2027 (Procedure status preparation, SNOMED)",
     "Procedure in status 'preparation' for craniotomy and excision of an intracranial tumour, a major neurosurgical operation not yet done.")
def mpp_crani():
    c = Case("mpp3", "https://fhir.bayview-neuro.example.org/r4", dict(name="Bayview Neuroscience Institute", city="San Diego", state="CA"),
             dict(mrn="BNI-4410092", family="Chen", given=["Margaret", "Wei"], gender="female", birth="1963-11-21", city="La Jolla", state="CA", zip="92037", lang=("zh", "Chinese")),
             "https://bayview-neuro.example.org/mrn", payer="Kaiser Permanente")
    c.setup()
    neuro = c.prac("Whitman", "Ellen", specialty="Neurology")
    nsg = c.prac("Balakrishnan", "Arun", specialty="Neurological Surgery")
    c.nka()
    c.cond(cc("Type 2 diabetes mellitus", ("sct", "44054006", "Diabetes mellitus type 2")), "2017-01-01")
    c.cond(cc("Osteopenia", ("sct", "312894000", "Osteopenia")), "2021-01-01")
    e1 = c.enc("2026-09-30", "Emergency department visit", cls="EMER", prac=neuro, reason=cc("First seizure"), end="2026-09-30T22:00:00-07:00", disp="Discharged home")
    c.cond(cc("Focal seizure with impaired awareness", ("icd", "G40.209", "Localization-related symptomatic epilepsy with complex partial seizures, not intractable, without status epilepticus")), "2026-09-30", enc=e1)
    mng = c.cond(cc("Meningioma, left frontal convexity", ("sct", "302820008", "Intracranial meningioma"), ("icd", "D32.0", "Benign neoplasm of cerebral meninges")), "2026-09-30", enc=e1)
    c.dxr(cc("MRI brain with and without contrast", ("lnc", "24590-2", "MR Brain WO and W contrast IV")), "2026-10-02", [],
          "4.1 cm extra-axial dural-based enhancing mass, left frontal convexity, with vasogenic edema and 6 mm midline shift. Imaging consistent with meningioma.", cat="RAD")
    c.medreq(("114477", "levetiracetam"), "2026-09-30", "500 mg twice daily", prac=neuro)
    c.medreq(("3264", "dexamethasone"), "2026-10-09", "4 mg twice daily, taper", prac=nsg, reason=mng)
    c.medreq(("6809", "metformin"), "2017-01-01", "1000 mg twice daily", prac=neuro)
    e2 = c.enc("2026-10-09", "Neurosurgery consult", prac=nsg, reason=cc("Meningioma"))
    c.note("2026-10-09", "Neurosurgery consultation", """Left frontal convexity meningioma 4.1 cm with edema and seizure presentation. Recommend elective craniotomy for Simpson grade I resection after preop embolization assessment. Patient agrees.""", e2, nsg, ("11488-4", "Consult note"))
    c.proc(cc("Craniotomy for excision of meningioma", ("sct", "25353009", "Craniotomy"), ("cpt", "61512", "Craniectomy, trephination, bone flap craniotomy; for excision of meningioma, supratentorial")),
           "preparation", prac=nsg, reason=mng, note="Scheduled OR 2027-01-12; anesthesia pre-assessment 2027-01-05.")
    c.raw("Appointment", "appt", {"status": "booked", "serviceType": [cc("Neurosurgery")], "start": "2027-01-12T07:00:00-08:00", "end": "2027-01-12T13:00:00-08:00",
          "description": "Left frontal craniotomy, resection of meningioma",
          "participant": [{"actor": ref(c.pat), "status": "accepted"}, {"actor": ref(nsg), "status": "accepted"}]})
    e3 = c.enc("2026-11-16", "Neurology follow-up", prac=neuro)
    c.note("2026-11-16", "Neurology follow-up", "No seizures since starting levetiracetam. Mild irritability. Awaiting surgery in January.", e3, neuro)
    c.lab("a1c", "2026-11-16", 6.9, e3)
    cbc(c, "2026-11-16", e3, hgb=13.0)
    bmp(c, "2026-11-16", e3, glu=142, cr=0.7)
    return c


@reg("MAJOR_PROCEDURE_PLANNED", "near-miss",
     "66M three-vessel CAD; CABG x3 already performed 2026-10-14, now in cardiac rehabilitation",
     "The major operation has been completed (Procedure and ServiceRequest completed); only outpatient cardiac rehab is active.")
def mpp_nm_cabg():
    c = Case("mpp4", "https://fhir.allegheny-cardio.example.net/R4", dict(name="Allegheny Cardiovascular Associates", city="Pittsburgh", state="PA"),
             dict(mrn="ACA-1188230", family="Petrakis", given=["Nicholas"], gender="male", birth="1960-04-07", city="Pittsburgh", state="PA", zip="15217"),
             "https://allegheny-cardio.example.net/mrn", payer="UPMC Health Plan")
    c.setup()
    card = c.prac("Sutherland", "Bruce", specialty="Cardiology")
    cts = c.prac("Oyelaran", "Funmi", specialty="Cardiothoracic Surgery")
    c.nka()
    cad = c.cond(cc("Coronary artery disease, three vessel", ("sct", "53741008", "Coronary arteriosclerosis"), ("icd", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2026-09-01")
    c.cond(cc("Type 2 diabetes mellitus", ("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    c.cond(cc("Former smoker", ("sct", "8517006", "Ex-smoker")), "2012-01-01")
    e1 = c.enc("2026-09-18", "Inpatient admission", cls="IMP", prac=card, reason=cc("NSTEMI"), end="2026-09-23T12:00:00-04:00", admit="Emergency department", disp="Home")
    c.cond(cc("NSTEMI", ("icd", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")), "2026-09-18", enc=e1, status="resolved", abate="2026-10-18")
    c.proc(cc("Left heart catheterization with coronary angiography", ("cpt", "93458", "Catheter placement in coronary artery(s) for coronary angiography, including intraprocedural injection(s) for coronary angiography, imaging supervision and interpretation; with left heart catheterization")), "completed", "2026-09-19", prac=card, enc=e1)
    sr = c.sr(cc("Coronary artery bypass graft x3", ("sct", "232717009", "Coronary artery bypass grafting"), ("cpt", "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft")), "completed", "order", "2026-09-22", occ="2026-10-14", prac=cts, reason=cad)
    e2 = c.enc("2026-10-14", "Surgical admission", cls="IMP", prac=cts, reason=cc("CABG"), end="2026-10-20T11:00:00-04:00", admit="Elective", disp="Home with home health")
    c.proc(cc("CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)", ("sct", "232717009", "Coronary artery bypass grafting"), ("cpt", "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), ("cpt", "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts")),
           "completed", "2026-10-14", prac=cts, reason=cad, enc=e2, basedOn=sr, outcome="Successful, uncomplicated")
    c.note("2026-10-20", "Discharge summary", "CABG x3 on 10/14 uneventful. Extubated POD0. Transient post-op AF converted with amiodarone. Discharged POD6 to home.", e2, cts, ("18842-5", "Discharge summary"))
    c.sr(cc("Outpatient cardiac rehabilitation", ("hcpcs", "93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring (per session)")), "active", "order", "2026-10-20", prac=card)
    e3 = c.enc("2026-11-17", "Cardiology post-op visit", prac=card)
    c.vitals("2026-11-17", e3, bp=(124, 74), hr=66, wt=90.3)
    c.note("2026-11-17", "Cardiology follow-up", "Five weeks post CABG. Sternal wound healed. Walking 30 min daily, cardiac rehab 3x/week. Sinus rhythm. Continue DAPT, statin, beta-blocker.", e3, card)
    c.medreq(("1191", "aspirin"), "2026-09-18", "81 mg daily", prac=card, reason=cad)
    c.medreq(("1116632", "ticagrelor"), "2026-10-20", "90 mg twice daily", prac=card, reason=cad)
    c.medreq(("83367", "atorvastatin"), "2026-09-18", "80 mg nightly", prac=card, reason=cad)
    c.medreq(("6918", "metoprolol"), "2026-09-18", "metoprolol succinate 50 mg daily", prac=card)
    c.medreq(("6809", "metformin"), "2014-01-01", "1000 mg twice daily", prac=card)
    c.lab("ldl", "2026-11-17", 62, e3)
    return c


@reg("MAJOR_PROCEDURE_PLANNED", "near-miss",
     "72M dermatology visit: shave biopsy of a pigmented lesion and cryotherapy of actinic keratoses ordered",
     "Only minor office procedures are planned (tangential skin biopsy, destruction of premalignant lesions); none is a major or invasive operation.")
def mpp_nm_derm():
    c = Case("mpp5", "https://fhir.coastal-derm.example.com/r4", dict(name="Coastal Dermatology & Skin Surgery", city="Sarasota", state="FL"),
             dict(mrn="CDS-600731", family="Baxter", given=["Richard"], gender="male", birth="1954-06-30", city="Sarasota", state="FL", zip="34236"),
             "https://coastal-derm.example.com/mrn", payer="Medicare")
    c.setup()
    derm = c.prac("Albright", "Susan", specialty="Dermatology")
    pcp = c.prac("Ocampo", "Luis", specialty="Internal Medicine")
    c.nka()
    c.cond(cc("Atrial fibrillation", ("sct", "49436004", "Atrial fibrillation")), "2019-01-01")
    c.cond(cc("Hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2008-01-01")
    c.cond(cc("Basal cell carcinoma of left cheek, excised", ("icd", "C44.319", "Basal cell carcinoma of skin of other parts of face")), "2021-04-01", status="resolved", abate="2021-05-20")
    e1 = c.enc("2026-11-18", "Dermatology visit", prac=derm, reason=cc("Skin check"))
    ak = c.cond(cc("Actinic keratosis", ("sct", "201101007", "Actinic keratosis"), ("icd", "L57.0", "Actinic keratosis")), "2024-01-01", enc=e1)
    les = c.cond(cc("Atypical pigmented lesion of upper back", ("icd", "D48.5", "Neoplasm of uncertain behavior of skin")), "2026-11-18", enc=e1)
    c.obs(cc("Skin lesion dermoscopy findings"), "2026-11-18", text="Upper back: 7 mm irregularly pigmented macule, asymmetric network. Scalp and dorsal hands: 9 hyperkeratotic AKs.", cat="exam", enc=e1)
    c.note("2026-11-18", "Full skin examination", """Full-body skin exam. History of BCC (2021). 7 mm atypical pigmented lesion upper back: shave biopsy next week (anticoagulated, hold nothing).
Multiple AKs scalp and dorsal hands: LN2 cryotherapy same visit. Sun protection reviewed.""", e1, derm)
    c.sr(cc("Tangential (shave) biopsy of skin, single lesion", ("cpt", "11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion")), "active", "order", "2026-11-18", occ="2026-12-04", prac=derm, reason=les)
    c.sr(cc("Destruction of premalignant lesions (cryotherapy)", ("cpt", "17000", "Destruction (eg, laser surgery, electrosurgery, cryosurgery, chemosurgery, surgical curettement), premalignant lesions (eg, actinic keratoses); first lesion"),
            ("cpt", "17003", "Destruction premalignant lesions; second through 14 lesions, each")), "active", "order", "2026-11-18", occ="2026-12-04", prac=derm, reason=ak)
    c.medreq(("1364430", "apixaban"), "2019-01-01", "5 mg twice daily", prac=pcp)
    c.medreq(("6918", "metoprolol"), "2019-01-01", "metoprolol tartrate 25 mg twice daily", prac=pcp)
    c.medreq(("5487", "hydrochlorothiazide"), "2008-01-01", "12.5 mg daily", prac=pcp)
    c.medreq(cc("fluorouracil 5 % Topical Cream", ("rx", "4492", "fluorouracil")), "2025-02-10", "Apply to scalp twice daily for 3 weeks", prac=derm, status="completed", reason=ak)
    e0 = c.enc("2026-06-02", "Office visit", prac=pcp)
    c.vitals("2026-06-02", e0, bp=(134, 78), hr=72, wt=82.0)
    bmp(c, "2026-06-02", e0, cr=1.0, egfr=77)
    cbc(c, "2026-06-02", e0, hgb=14.2, male=True)
    return c


# ---------------- UNTREATABLE_PROGNOSIS
@reg("UNTREATABLE_PROGNOSIS", "positive",
     "81M end-stage HFrEF (EF 15%), not a candidate for LVAD or transplant; palliative care CarePlan and referral",
     "Active end-stage heart failure with a palliative care plan and referral after being declared not a candidate for advanced therapies; no second opinion on record.")
def up_hf():
    c = Case("up1", "https://fhir.mercy-westbrook.example.org/R4", dict(name="Mercy Westbrook Medical Center", city="Columbus", state="OH"),
             dict(mrn="MWB00228451", family="Jefferson", given=["Walter", "Lee"], gender="male", birth="1945-01-16", city="Columbus", state="OH", zip="43206"),
             "urn:oid:2.16.840.1.113883.3.7711.2", payer="Medicare")
    c.setup()
    hf_md = c.prac("Kaur", "Simran", specialty="Advanced Heart Failure Cardiology")
    pal = c.prac("Donnelly", "Patrick", specialty="Hospice and Palliative Medicine")
    c.nka()
    hf = c.cond(cc("Chronic systolic heart failure, end stage", ("sct", "84114007", "Heart failure"), ("icd", "I50.84", "End stage heart failure")), "2018-03-01", severity="Severe")
    c.cond(cc("Ischemic cardiomyopathy", ("icd", "I25.5", "Ischemic cardiomyopathy")), "2018-03-01")
    c.cond(cc("Permanent atrial fibrillation", ("icd", "I48.21", "Permanent atrial fibrillation")), "2020-01-01")
    c.cond(cc("Chronic kidney disease stage 3a", ("icd", "N18.31", "Chronic kidney disease, stage 3a")), "2022-01-01")
    e1 = c.enc("2026-10-02", "Inpatient admission", cls="IMP", prac=hf_md, reason=cc("Acute on chronic systolic heart failure"), end="2026-10-09T14:00:00-04:00", admit="Emergency department", disp="Home")
    c.dxr(cc("Echocardiogram", ("lnc", "34552-0", "Cardiac 2D echo panel")), "2026-10-03", [], "LVEF 15%, severe global hypokinesis, severe functional MR, RVSP 58 mmHg.", cat="CUS", enc=e1)
    c.lab("ntbnp", "2026-10-03", 11240, e1)
    bmp(c, "2026-10-03", e1, na=131, k=4.9, cr=1.6, egfr=42, glu=110)
    c.note("2026-10-09", "Discharge summary", """Third HF admission in 6 months. NYHA IV, inotrope-dependent during stay, weaned. Evaluated by advanced HF team: not a candidate for LVAD (age, frailty, RV failure) or transplant.
Goals of care discussed; patient prioritizes time at home. No further advanced therapy options. Referred to palliative care; home hospice discussed.""", e1, hf_md, ("18842-5", "Discharge summary"))
    c.sr(cc("Referral to palliative care service", ("sct", "306237005", "Referral to palliative care service")), "active", "order", "2026-10-09", prac=hf_md, reason=hf, performer=pal)
    c.raw("CarePlan", "cp", {"status": "active", "intent": "plan", "category": [cc("Palliative care plan", ("sct", "736373009", "Palliative care plan"))],
          "title": "Palliative and comfort-focused heart failure plan", "subject": ref(c.pat), "period": {"start": "2026-10-20"},
          "author": ref(pal), "addresses": [ref(hf)], "description": "Symptom-directed care; diuretics for comfort, no ICD shocks (deactivation discussed), no re-hospitalization unless for comfort."})
    e2 = c.enc("2026-10-20", "Palliative care visit", cls="HH", prac=pal, reason=cc("Palliative care"))
    c.note("2026-10-20", "Palliative care consultation", "Home visit. Dyspnea at rest, sleeps in recliner. Code status DNR/DNI. ICD deactivation agreed. Low-dose morphine for dyspnea.", e2, pal, ("11488-4", "Consult note"))
    c.obs(cc("Code status", ("lnc", "75320-2", "Advance directive")), "2026-10-20", vcc=cc("Do not resuscitate", ("sct", "304253006", "Not for resuscitation")), cat="exam", enc=e2)
    c.medreq(("4603", "furosemide"), "2018-03-01", "80 mg twice daily", prac=hf_md, reason=hf)
    c.medreq(("20352", "carvedilol"), "2018-03-01", "3.125 mg twice daily", prac=hf_md, reason=hf)
    c.medreq(("1364430", "apixaban"), "2020-01-01", "2.5 mg twice daily", prac=hf_md)
    c.medreq(cc("morphine sulfate 10 MG/5ML oral solution", ("rx", "7052", "morphine")), "2026-10-20", "2.5 mg by mouth every 4 hours as needed for dyspnea", prac=pal)
    c.vitals("2026-10-20", e2, bp=(92, 58), hr=88, wt=71.0, spo2=91)
    return c


@reg("UNTREATABLE_PROGNOSIS", "positive",
     "89F advanced Alzheimer dementia (FAST 7c), recurrent aspiration; hospice referral and hospice CarePlan",
     "Active advanced dementia with a hospice referral and hospice plan of care; no second opinion on record.")
def up_dementia():
    c = Case("up2", "https://fhir.oakridge-geriatrics.example.com/fhir/r4", dict(name="Oakridge Geriatrics & Senior Care", city="Birmingham", state="AL"),
             dict(mrn="OGS-0417762", family="Pruitt", given=["Mildred"], gender="female", birth="1937-02-09", city="Hoover", state="AL", zip="35216"),
             "https://oakridge-geriatrics.example.com/mrn", payer="Medicare")
    c.setup()
    ger = c.prac("Holloway", "Grant", specialty="Geriatric Medicine")
    hos = c.prac("Agarwal", "Meera", specialty="Hospice and Palliative Medicine")
    c.allergy(cc("Codeine", ("rx", "2670", "codeine")), "Nausea")
    ad = c.cond(cc("Alzheimer's disease, late onset", ("sct", "26929004", "Alzheimer's disease"), ("icd", "G30.1", "Alzheimer's disease with late onset")), "2017-06-01", severity="Severe")
    c.cond(cc("Dementia in Alzheimer's disease, severe", ("icd", "F02.C0", "Dementia in other diseases classified elsewhere, severe, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety")), "2023-01-01")
    c.cond(cc("Osteoporosis", ("sct", "64859006", "Osteoporosis")), "2012-01-01")
    c.cond(cc("Hypertension", ("sct", "38341003", "Hypertensive disorder, systemic arterial")), "2000-01-01")
    e1 = c.enc("2026-09-14", "Inpatient admission", cls="IMP", prac=ger, reason=cc("Aspiration pneumonia"), end="2026-09-20T15:00:00-05:00", admit="From skilled nursing facility", disp="Skilled nursing facility")
    c.cond(cc("Aspiration pneumonia", ("icd", "J69.0", "Pneumonitis due to inhalation of food and vomit")), "2026-09-14", enc=e1, status="resolved", abate="2026-09-28")
    c.obs(cc("Functional Assessment Staging Tool (FAST)"), "2026-09-19", text="Stage 7c: unable to walk without assistance, speaks < 6 words", cat="survey", enc=e1)
    c.vitals("2026-09-19", e1, wt=41.5, bmi=17.6)
    c.lab("alb", "2026-09-15", 2.6, e1)
    c.note("2026-09-20", "Discharge summary", """Second aspiration pneumonia in 3 months. Dysphagia with silent aspiration on bedside swallow. Family declined feeding tube after discussion.
Advanced dementia FAST 7c, weight loss 12% in 6 months. Meets hospice criteria. Hospice referral placed.""", e1, ger, ("18842-5", "Discharge summary"))
    c.sr(cc("Referral to hospice service", ("sct", "305911006", "Referral to hospice service")), "completed", "order", "2026-09-20", prac=ger, reason=ad, performer=hos)
    c.raw("CarePlan", "cp", {"status": "active", "intent": "plan", "category": [cc("Hospice care plan")], "title": "Hospice plan of care",
          "subject": ref(c.pat), "period": {"start": "2026-09-24"}, "author": ref(hos), "addresses": [ref(ad)],
          "description": "Comfort-focused care, careful hand feeding, no hospital transfer, symptom management."})
    e2 = c.enc("2026-11-12", "Hospice visit", cls="HH", prac=hos)
    c.note("2026-11-12", "Hospice recertification visit", "Continues to decline, bedbound, minimal oral intake. Comfortable. Continue hospice.", e2, hos)
    c.medreq(("135447", "donepezil"), "2018-01-01", "10 mg nightly", status="stopped", prac=ger, reason=ad)
    c.medreq(("161", "acetaminophen"), "2026-09-24", "650 mg every 6 hours as needed", prac=hos)
    c.medreq(cc("glycopyrrolate 1 MG Oral Tablet", ("rx", "4850", "glycopyrrolate")), "2026-11-12", "1 mg every 8 hours as needed for secretions", prac=hos)
    c.medreq(("29046", "lisinopril"), "2000-01-01", "5 mg daily", status="stopped", prac=ger)
    return c


@reg("UNTREATABLE_PROGNOSIS", "positive",
     "66M HCC on decompensated alcohol-related cirrhosis (Child-Pugh C); tumour board note: no treatment options, best supportive care",
     "Tumour-board note explicitly states no curative or locoregional treatment options and recommends best supportive care; no second opinion on record.")
def up_hcc():
    c = Case("up3", "https://fhir.univ-southwest-liver.example.edu/r4", dict(name="Southwest University Hospital - Liver Center", city="Albuquerque", state="NM"),
             dict(mrn="SWU-9012377", family="Trujillo", given=["Ernesto"], gender="male", birth="1960-08-25", city="Albuquerque", state="NM", zip="87108", lang=("es", "Spanish")),
             "https://univ-southwest.example.edu/mrn", payer="Medicaid (Centennial Care)")
    c.setup()
    hep = c.prac("Montoya", "Isabel", specialty="Transplant Hepatology")
    onc = c.prac("Kessler", "Adam", specialty="Medical Oncology")
    c.nka()
    cir = c.cond(cc("Alcoholic cirrhosis of liver with ascites", ("icd", "K70.31", "Alcoholic cirrhosis of liver with ascites")), "2022-04-01")
    c.cond(cc("Hepatic encephalopathy", ("icd", "K76.82", "Hepatic encephalopathy")), "2025-11-01")
    c.cond(cc("Esophageal varices", ("icd", "I85.10", "Secondary esophageal varices without bleeding")), "2023-01-01")
    c.cond(cc("Alcohol use disorder, in sustained remission", ("icd", "F10.21", "Alcohol dependence, in remission")), "2015-01-01", status="remission")
    hcc = c.cond(cc("Hepatocellular carcinoma", ("icd", "C22.0", "Liver cell carcinoma")), "2026-09-22", note="BCLC stage D")
    c.dxr(cc("MRI abdomen liver protocol", ("lnc", "30626-6", "MR Abdomen WO and W contrast IV")), "2026-09-20", [],
          "Multifocal LI-RADS 5 lesions (largest 6.2 cm segment VIII) with tumor thrombus in the right portal vein. Moderate ascites.", cat="RAD")
    e1 = c.enc("2026-10-01", "Hepatology clinic", prac=hep, reason=cc("New HCC"))
    c.lab("afp", "2026-10-01", 1840, e1)
    c.lab("bili", "2026-10-01", 4.2, e1)
    c.lab("alb", "2026-10-01", 2.4, e1)
    c.lab("inr", "2026-10-01", 2.0, e1)
    c.lab("cr", "2026-10-01", 1.3, e1)
    c.lab("na", "2026-10-01", 129, e1)
    c.obs(cc("Child-Pugh score"), "2026-10-01", 12, cat="exam", enc=e1, note="Class C")
    c.obs(cc("MELD-Na score"), "2026-10-01", 27, cat="exam", enc=e1)
    e2 = c.enc("2026-10-08", "Multidisciplinary tumor board", prac=onc)
    c.note("2026-10-08", "Liver tumor board", """Multifocal HCC with portal vein tumor thrombus on Child-Pugh C12 cirrhosis, ECOG 3. Outside Milan criteria: not a transplant candidate. Not a candidate for resection, ablation, TACE/Y90 or systemic therapy given liver function.
Consensus: no treatment options available; best supportive care. Discussed with patient and wife via Spanish interpreter.""", e2, onc, ("11488-4", "Consult note"))
    c.raw("ClinicalImpression", "ci", {"status": "completed", "subject": ref(c.pat), "date": "2026-10-08", "assessor": ref(onc),
          "problem": [ref(hcc)], "summary": "BCLC D hepatocellular carcinoma; no disease-directed treatment options. Best supportive care."})
    c.medreq(("9997", "spironolactone"), "2022-04-01", "100 mg daily", prac=hep, reason=cir)
    c.medreq(("4603", "furosemide"), "2022-04-01", "40 mg daily", prac=hep, reason=cir)
    c.medreq(("6218", "lactulose"), "2025-11-01", "20 g three times daily, titrate to 2-3 BMs", prac=hep)
    c.medreq(("35619", "rifaximin"), "2025-11-01", "550 mg twice daily", prac=hep)
    c.medreq(("7226", "nadolol"), "2023-01-01", "20 mg daily", prac=hep)
    c.proc(cc("Paracentesis, with imaging guidance", ("cpt", "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "completed", "2026-11-10", prac=hep, reason=cir)
    return c


@reg("UNTREATABLE_PROGNOSIS", "near-miss",
     "70F very severe COPD on home oxygen under palliative care; second opinion at a university lung centre in July 2026 confirmed not a transplant candidate",
     "A no-treatment signal exists (palliative care plan), but a second opinion for the same problem is on record within the last 12 months, so the flag is suppressed.")
def up_nm_copd():
    c = Case("up4", "https://fhir.blueridge-pulm.example.org/R4", dict(name="Blue Ridge Regional Hospital - Pulmonary", city="Roanoke", state="VA"),
             dict(mrn="BRR-3300917", family="Hensley", given=["Barbara", "Jo"], gender="female", birth="1956-05-12", city="Salem", state="VA", zip="24153"),
             "https://blueridge-pulm.example.org/mrn", payer="Medicare")
    c.setup()
    pul = c.prac("Mattingly", "Roger", specialty="Pulmonary Disease")
    ext = c.prac("Sato", "Naomi", specialty="Lung Transplant Pulmonology")
    pal = c.prac("Greer", "Allison", prefix="NP", specialty="Palliative Care")
    c.nka()
    copd = c.cond(cc("Chronic obstructive pulmonary disease, GOLD 4", ("sct", "13645005", "Chronic obstructive lung disease"), ("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2012-01-01", severity="Severe")
    c.cond(cc("Chronic respiratory failure with hypoxia", ("icd", "J96.11", "Chronic respiratory failure with hypoxia")), "2023-01-01")
    c.cond(cc("Anxiety", ("sct", "197480006", "Anxiety disorder")), "2019-01-01")
    e1 = c.enc("2026-07-21", "Second opinion consultation", prac=ext, reason=cc("Second opinion: advanced COPD, transplant / lung volume reduction candidacy"))
    c.note("2026-07-21", "Second opinion consultation - University Lung Center", """Referred by Dr. Mattingly at patient's request for a second opinion on advanced COPD management.
FEV1 19% predicted, DLCO 22%, BMI 17, 6MWD 140 m, homogeneous emphysema. Not a candidate for LVRS or endobronchial valves; not a transplant candidate (age, frailty).
I agree with the current plan and palliative care involvement.""", e1, ext, ("11488-4", "Consult note"))
    c.sr(cc("Second opinion consultation", ("sct", "183640009", "Referral for second opinion")), "completed", "order", "2026-06-10", prac=pul, performer=ext, reason=copd)
    c.obs(("lnc", "20150-9", "FEV1"), "2026-07-21", 0.48, "L", cat="procedure", enc=e1, note="19% predicted")
    c.sr(cc("Referral to palliative care service", ("sct", "306237005", "Referral to palliative care service")), "completed", "order", "2026-08-02", prac=pul, reason=copd, performer=pal)
    c.raw("CarePlan", "cp", {"status": "active", "intent": "plan", "category": [cc("Palliative care plan", ("sct", "736373009", "Palliative care plan"))], "title": "Palliative plan - advanced COPD",
          "subject": ref(c.pat), "period": {"start": "2026-08-15"}, "author": ref(pal), "addresses": [ref(copd)],
          "description": "Dyspnea management, oxygen, advance care planning; continue inhaled therapy; avoid intubation per patient wishes."})
    e2 = c.enc("2026-11-04", "Pulmonary follow-up", prac=pul)
    c.vitals("2026-11-04", e2, bp=(118, 70), hr=96, wt=44.0, spo2=89)
    c.note("2026-11-04", "Pulmonary follow-up", "Stable on 2 L O2 continuous. No exacerbations since August. Palliative NP following. Continue triple inhaler.", e2, pul)
    c.medreq(cc("fluticasone furoate / umeclidinium / vilanterol inhalation powder", ("rx", "1995203", "fluticasone furoate / umeclidinium / vilanterol")), "2021-01-01", "1 inhalation daily", prac=pul, reason=copd)
    c.medreq(("435", "albuterol"), "2012-01-01", "2 puffs every 4 hours as needed", prac=pul, reason=copd)
    c.medreq(cc("Home oxygen concentrator", ("hcpcs", "E1390", "Oxygen concentrator, single delivery port")), "2023-01-01", "2 L/min continuous", prac=pul)
    c.medreq(("7052", "morphine"), "2026-08-15", "morphine oral solution 2 mg every 6 hours as needed for dyspnea", prac=pal)
    return c


@reg("UNTREATABLE_PROGNOSIS", "near-miss",
     "74M Parkinson disease with goals-of-care conversation and POLST; still responding to levodopa with treatment options documented, no palliative or hospice plan",
     "Advance care planning is documented, but there is no palliative/hospice plan or referral and the notes state that treatment options remain.")
def up_nm_pd():
    c = Case("up5", "https://fhir.northshore-movement.example.com/fhir", dict(name="North Shore Movement Disorders Clinic", city="Duluth", state="MN"),
             dict(mrn="NSM-2091774", family="Halvorsen", given=["Erik"], gender="male", birth="1952-03-18", city="Duluth", state="MN", zip="55803"),
             "https://northshore-movement.example.com/mrn", payer="Medicare")
    c.setup()
    mdn = c.prac("Lindahl", "Kristin", specialty="Movement Disorders Neurology")
    pcp = c.prac("Bergstrom", "Ole", specialty="Family Medicine")
    c.nka()
    pd = c.cond(cc("Parkinson's disease", ("sct", "49049000", "Parkinson's disease"), ("icd", "G20.B1", "Parkinson's disease with dyskinesia, without mention of fluctuations")), "2016-02-01")
    c.cond(cc("Orthostatic hypotension", ("icd", "I95.1", "Orthostatic hypotension")), "2024-01-01")
    c.cond(cc("Constipation", ("sct", "14760008", "Constipation")), "2020-01-01")
    e1 = c.enc("2026-08-12", "Neurology follow-up", prac=mdn)
    c.obs(cc("MDS-UPDRS Part III motor score (ON)"), "2026-08-12", 28, cat="exam", enc=e1)
    c.note("2026-08-12", "Movement disorders visit", """PD x10 years, Hoehn & Yahr 3. Wearing-off 3.5 h after doses with mild peak-dose dyskinesia. Good ON response.
Options: add entacapone or istradefylline, fractionate levodopa, later device-aided therapy if needed. Start entacapone.""", e1, mdn)
    c.medreq(cc("carbidopa 25 MG / levodopa 100 MG Oral Tablet", ("rx", "197443", "carbidopa 25 MG / levodopa 100 MG Oral Tablet")), "2016-03-01", "1.5 tablets 5 times daily", prac=mdn, reason=pd)
    c.medreq(("3564", "entacapone"), "2026-08-12", "200 mg with each levodopa dose", prac=mdn, reason=pd)
    c.medreq(("6804", "midodrine"), "2024-01-01", "5 mg three times daily", prac=mdn)
    c.medreq(("221153", "polyethylene glycol 3350"), "2020-01-01", "17 g daily", prac=pcp)
    e2 = c.enc("2026-10-06", "Annual wellness / advance care planning", prac=pcp)
    c.vitals("2026-10-06", e2, bp=(124, 76), hr=70, wt=76.0)
    c.proc(cc("Advance care planning, first 30 minutes", ("cpt", "99497", "Advance care planning including the explanation and discussion of advance directives")), "completed", "2026-10-06", prac=pcp, enc=e2)
    c.note("2026-10-06", "Advance care planning", """Goals-of-care discussion with patient and wife. He wishes full treatment now, including hospitalization; would not want prolonged mechanical ventilation. POLST completed: full treatment, attempt CPR.
Named wife as health care agent. No need for palliative care referral at present.""", e2, pcp)
    c.raw("Consent", "consent", {"status": "active", "scope": cc("Advance directive", ("http://terminology.hl7.org/CodeSystem/consentscope", "adr", "Advanced Care Directive")),
          "category": [cc("POLST", ("lnc", "100826-7", "Portable medical order form"))], "patient": ref(c.pat), "dateTime": "2026-10-06",
          "policyRule": cc("Minnesota POLST"), "performer": [ref(c.pat)]})
    e3 = c.enc("2026-11-18", "Neurology follow-up", prac=mdn)
    c.note("2026-11-18", "Movement disorders visit", "Entacapone reduced OFF time to ~2 h/day. Dyskinesia mild, non-bothersome. Continue. Discussed DBS candidacy in future; not needed now.", e3, mdn)
    c.obs(cc("MDS-UPDRS Part III motor score (ON)"), "2026-11-18", 26, cat="exam", enc=e3)
    bmp(c, "2026-10-06", e2, cr=1.0, egfr=76)
    return c
