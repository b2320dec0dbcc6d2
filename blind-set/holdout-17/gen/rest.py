from lib import *
from cardio import cov, ECG
from cardio2 import mk

def pcov(c, k):
    d = {"or": ("CareOregon", "Oregon Health Plan"), "oh": ("CareSource", "Ohio Medicaid"), "fl": ("Sunshine Health", "Florida Medicaid MMA"), "az": ("Banner Medicare Advantage", "Dual HMO D-SNP"), "comm": ("Aetna", "Open Access Managed Choice")}
    return c.coverage(*d[k])

def pm(cid, org, pt, prs, ck):
    c = Case(cid, org); c.patient(*pt); ps = [c.pract(*p) for p in prs]; pcov(c, ck); return c, ps

def mpp_aorta(cid):
    c, (cs,) = mk(cid, "PVCT", ("Janet", "Kowalski", "female", "1967-03-08", "PVC-220871", "77 Maple St", None, ("M", "Married")), [("Arvid", "Holmquist", "Thoracic and Cardiac Surgery")], "ma2")
    taa = c.cond(cc(C("icd", "I71.21", "Aneurysm of the ascending aorta, without rupture"), C("sct", "433068007", "Aneurysm of thoracic aorta")), "2023-02-01")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.med(cc(C("rx", "6918", "metoprolol")), "2023-02-01", "metoprolol succinate 50 mg daily", reason=taa)
    c.med(cc(C("rx", "52175", "losartan")), "2023-02-01", "losartan 50 mg daily", reason=htn)
    for d, v in [("2024-02-01", 5.0), ("2025-02-10", 5.2), ("2026-10-15", 5.6)]:
        c.obs(cc(text="Ascending aorta maximal diameter (CTA)"), d, v, "cm", "cm", None, 4.0, "H", cat="imaging")
    e = c.enc("2026-11-02", "AMB", "Cardiac surgery clinic", "Ascending aortic aneurysm 5.6 cm", pract=cs)
    c.vitals("2026-11-02", e, bp=(128, 76), hr=62, wt=70.0)
    c.lab("cr_f", "2026-11-02", 0.8, e)
    c.note("2026-11-02", NOTE_CONSULT, "Cardiac surgery consult", "59F ascending aneurysm 5.6 cm (5.2 cm 2/2025), trileaflet valve, no AI. Meets size threshold. Recommend elective replacement of ascending aorta with hemiarch under circulatory arrest. STS-type risk ~2%. Dental clearance required first (abscessed molar) - on hold until cleared; target date 1/26/2027.", enc=e, author=cs)
    c.sr(cc(C("cpt", "33860", "Ascending aorta graft, with cardiopulmonary bypass, includes valve suspension, when performed"), text="Ascending aorta and hemiarch replacement"), "2026-11-02", "on-hold", "plan", occ="2027-01-26", reason=taa, performer=cs, requester=cs, note="On hold pending dental clearance")
    c.sr(cc(C("sct", "183515008", "Referral to physician"), text="Dental clearance prior to cardiac surgery"), "2026-11-02", "active", "order", requester=cs)
    return c, dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
                   why="Open ascending aorta/hemiarch replacement (CPT 33860) planned for 2027-01-26; ServiceRequest on-hold/plan pending dental clearance, not yet performed.",
                   summary="59F 5.6 cm ascending aortic aneurysm, open repair planned (on hold for dental clearance)")

def hit_postcabg_hd(cid):
    c, (cs, neph) = mk(cid, "PVCT", ("Wendell", "Fairbanks", "male", "1959-08-16", "PVC-118043", "12 Chestnut St", None, ("M", "Married")), [("Arvid", "Holmquist", "Thoracic and Cardiac Surgery"), ("Nkechi", "Obi", "Nephrology")], "ma2")
    cad = c.cond(cc(C("icd", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2026-09-01")
    dm = c.cond(cc(C("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2010-01-01")
    aki = c.cond(cc(C("icd", "N17.0", "Acute kidney failure with tubular necrosis")), "2026-09-24", note="Post-cardiotomy AKI, dialysis dependent")
    c.cond(cc(C("icd", "Z99.2", "Dependence on renal dialysis")), "2026-10-20")
    e1 = c.enc("2026-09-21", "IMP", "Inpatient admission", "Elective CABG", end="2026-10-16", pract=cs, disp="Skilled nursing facility")
    c.proc(cc(C("cpt", "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft")), "2026-09-22", reason=cad, performer=cs, enc=e1, outcome="CABG x3; prolonged bypass 168 min")
    c.proc(cc(C("cpt", "90945", "Dialysis procedure other than hemodialysis (eg, peritoneal dialysis, hemofiltration, or other continuous renal replacement therapies)")), "2026-09-25", reason=aki, enc=e1)
    c.lab("cr_m", "2026-09-25", 5.8, e1)
    c.note("2026-10-16", NOTE_DC, "Discharge summary", "CABG x3 9/22 complicated by vasoplegia and oliguric AKI; CRRT 9/25-10/2 then intermittent HD. No renal recovery at discharge. Tunneled HD catheter placed 10/9. Discharged to SNF on outpatient HD.", enc=e1, author=cs)
    hd = c.sr(cc(C("cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")), "2026-10-16", "active", "order", occ=("2026-10-20", "2027-01-31"), reason=aki, requester=neph, note="Outpatient HD TTS at Springfield Dialysis; reassess renal recovery monthly")
    c.proc(cc(C("sct", "302497006", "Hemodialysis")), "2026-11-24", reason=aki, based_on=hd, status="completed", note="Outpatient session #16")
    c.lab("cr_m", "2026-11-24", 4.9)
    e2 = c.enc("2026-11-24", "AMB", "Nephrology visit at dialysis unit", "Dialysis-dependent AKI", pract=neph)
    c.note("2026-11-24", NOTE_PROGRESS, "Nephrology note", "5 wk outpatient HD, urine output ~300 mL/day, interdialytic Cr not improving. Fatigue, lost job as bus driver, feels 'tied to the machine'. Plan continue HD 3x/week; AVF mapping if no recovery by 90 days.", enc=e2, author=neph)
    c.med(cc(C("rx", "274783", "insulin glargine")), "2026-10-16", "insulin glargine 14 units nightly", reason=dm)
    return c, dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
                   why="Maintenance haemodialysis started after CABG-associated AKI and is ongoing (active order through January 2027) - dialysis is high-impact.",
                   summary="67M dialysis-dependent AKI after CABG, outpatient haemodialysis running")

def rcc_brugada(cid):
    c, (ep,) = mk(cid, "PVCT", ("Minh", "Tran", "male", "1984-11-22", "PVC-340562", "301 Main St Apt 9", None, ("M", "Married")), [("Claire", "Desrosiers", "Clinical Cardiac Electrophysiology")], "ma2")
    br = c.cond(cc(C("sct", "418818005", "Brugada syndrome"), C("icd", "I49.8", "Other specified cardiac arrhythmias")), "2024-03-15", note="Spontaneous type 1 pattern; aborted SCD 03/2024")
    c.cond(cc(C("icd", "Z95.810", "Presence of automatic (implantable) cardiac defibrillator")), "2024-03-20")
    c.cond(cc(C("icd", "E78.00", "Pure hypercholesterolemia, unspecified")), "2019-01-01")
    c.proc(cc(C("cpt", "33249", "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s), single or dual chamber")), "2024-03-20", reason=br, performer=ep)
    c.med(cc(C("rx", "9068", "quinidine")), "2025-02-01", "quinidine sulfate 300 mg twice daily", reason=br)
    c.med(cc(C("rx", "161", "acetaminophen")), "2024-03-20", "acetaminophen 650 mg for fever >38 C (avoid fever)")
    e = c.enc("2026-11-06", "AMB", "Device clinic / EP", "Brugada syndrome, ICD check", pract=ep)
    c.vitals("2026-11-06", e, bp=(122, 76), hr=64)
    ECG(c, "2026-11-06", "Coved ST elevation V1-V2 (type 1 Brugada pattern).", e, "A")
    c.obs(cc(text="ICD interrogation"), "2026-11-06", vstr="Battery 9.1 y; no VT/VF episodes, no therapies since last check.", cat="procedure", enc=e, interp="N")
    c.lab("k", "2026-11-06", 4.2, e)
    c.note("2026-11-06", NOTE_PROGRESS, "EP note", "42M Brugada syndrome (SCN5A variant), aborted cardiac arrest 2024, ICD. On quinidine since 2/2025 for VF storm; no shocks since. Fever plan, brugadadrugs.org list reviewed. Cascade family screening: brother positive.", enc=e, author=ep)
    return c, dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
                   why="Active Brugada syndrome (SNOMED 418818005), an Orphanet rare disease.",
                   summary="42M Brugada syndrome with ICD and quinidine")
