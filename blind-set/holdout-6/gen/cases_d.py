from lib import *
from cases_c import reg2
import cases_c
CASES = []


def reg3(*a, **k):
    d = reg2(*a, **k)
    def deco(fn):
        d(fn)
        CASES.append(cases_c.CASES.pop())
        return fn
    return deco

GAD7 = ("lnc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")
PHQ9 = ("lnc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
PAIN = ("lnc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")


@reg3("WORSENING_DESPITE_TREATMENT", "positive",
      "42M generalised anxiety disorder on escitalopram continuously since March 2026 plus CBT; GAD-7 9 -> 13 -> 17 over 7 months",
      "GAD-7 rose by 8 points (MCID about 4) across three measurements over >90 days while escitalopram was active throughout.")
def wdt_gad7():
    c = Case("wdt1", "https://fhir.bridgeview-bh.example.org/r4", dict(name="Bridgeview Behavioral Health", city="Milwaukee", state="WI"),
             dict(mrn="BBH-0392281", family="Schmitt", given=["Daniel"], gender="male", birth="1984-11-12", city="Wauwatosa", state="WI", zip="53213"),
             "https://bridgeview-bh.example.org/mrn", payer="Quartz Health")
    c.setup()
    psy = c.prac("Abernethy", "Colleen", specialty="Psychiatry")
    c.nka()
    gad = c.cond(cc("Generalized anxiety disorder", ("sct", "21897009", "Generalized anxiety disorder"), ("icd", "F41.1", "Generalized anxiety disorder")), "2025-11-01")
    c.cond(cc("Insomnia", ("icd", "G47.00", "Insomnia, unspecified")), "2026-01-01", status="resolved", abate="2026-05-01")
    c.cond(cc("Hyperlipidemia", ("sct", "55822004", "Hyperlipidemia")), "2022-01-01")
    e0 = c.enc("2026-03-10", "Psychiatry intake", prac=psy)
    c.obs(GAD7, "2026-03-10", 15, cat="survey", enc=e0)
    c.obs(PHQ9, "2026-03-10", 6, cat="survey", enc=e0)
    c.medreq(("321988", "escitalopram"), "2026-03-10", "10 mg daily; increased to 20 mg daily 2026-07-14", prac=psy, reason=gad)
    c.medstmt(("321988", "escitalopram"), "2026-03-10", dose="20 mg daily", reason=gad, asserted="2026-11-17", note="Pharmacy fill history: refilled every 30 days, no gaps.")
    e1 = c.enc("2026-05-05", "Psychiatry follow-up", prac=psy)
    c.obs(GAD7, "2026-05-05", 9, cat="survey", enc=e1)
    c.note("2026-05-05", "Medication management", "Good early response to escitalopram 10 mg. GAD-7 9. Continue. Begin CBT with therapist.", e1, psy)
    e2 = c.enc("2026-08-18", "Psychiatry follow-up", prac=psy)
    c.obs(GAD7, "2026-08-18", 13, cat="survey", enc=e2)
    c.note("2026-08-18", "Medication management", "Anxiety worsening despite escitalopram 20 mg (increased 7/14) and weekly CBT. Adherent. GAD-7 13. Continue, reassess.", e2, psy)
    e3 = c.enc("2026-11-17", "Psychiatry follow-up", prac=psy)
    c.obs(GAD7, "2026-11-17", 17, cat="survey", enc=e3)
    c.obs(PHQ9, "2026-11-17", 8, cat="survey", enc=e3)
    c.vitals("2026-11-17", e3, bp=(128, 82), hr=88, wt=80.0)
    c.note("2026-11-17", "Medication management", """GAD-7 up to 17 (9 in May, 13 in August) despite 8 months of escitalopram at therapeutic dose with confirmed adherence and 14 CBT sessions. Panic-like episodes, missing work.
Plan: cross-taper to venlafaxine XR discussed; continue CBT.""", e3, psy)
    c.proc(cc("Psychotherapy, 45 minutes", ("cpt", "90834", "Psychotherapy, 45 minutes with patient")), "completed", "2026-10-27", reason=gad)
    c.medreq(("83367", "atorvastatin"), "2022-01-01", "10 mg daily", prac=psy)
    c.lab("tsh", "2026-08-18", 1.6, e2)
    return c


@reg3("WORSENING_DESPITE_TREATMENT", "positive",
      "60F painful diabetic peripheral neuropathy on pregabalin since February 2026; numeric pain score 4 -> 6 -> 8",
      "Pain 0-10 worsened by 4 points (MCID 2) over three measurements spanning >6 months while pregabalin for the neuropathy was continuously active.")
def wdt_dpn():
    c = Case("wdt2", "https://fhir.sierra-endocrine.example.com/R4", dict(name="Sierra Endocrine & Diabetes Center", city="Reno", state="NV"),
             dict(mrn="SED-1007346", family="Esparza", given=["Rosa", "Maria"], gender="female", birth="1966-06-03", city="Sparks", state="NV", zip="89431", lang=("es", "Spanish")),
             "https://sierra-endocrine.example.com/mrn", payer="Nevada Medicaid")
    c.setup()
    endo = c.prac("Ng", "Victor", specialty="Endocrinology")
    neu = c.prac("Saldana", "Carmen", specialty="Neurology")
    c.nka()
    dm = c.cond(cc("Type 2 diabetes mellitus with diabetic polyneuropathy", ("icd", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")), "2012-01-01")
    c.cond(cc("Hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2014-01-01")
    e0 = c.enc("2026-02-09", "Endocrinology visit", prac=endo)
    dpn = c.cond(cc("Painful diabetic peripheral neuropathy", ("sct", "230572002", "Diabetic neuropathy")), "2025-08-01", enc=e0)
    c.obs(PAIN, "2026-02-09", 7, cat="survey", enc=e0)
    c.medreq(("187832", "pregabalin"), "2026-02-09", "75 mg twice daily; increased to 150 mg twice daily 2026-06-02", prac=endo, reason=dpn)
    c.lab("a1c", "2026-02-09", 7.4, e0)
    e1 = c.enc("2026-04-07", "Endocrinology follow-up", prac=endo)
    c.obs(PAIN, "2026-04-07", 4, cat="survey", enc=e1)
    e2 = c.enc("2026-07-21", "Neurology consult", prac=neu)
    c.obs(PAIN, "2026-07-21", 6, cat="survey", enc=e2)
    c.proc(cc("Nerve conduction studies", ("cpt", "95910", "Nerve conduction studies; 7-8 studies")), "completed", "2026-07-21", prac=neu, enc=e2, outcome="Length-dependent axonal sensorimotor polyneuropathy")
    c.lab("vitb12", "2026-07-21", 512, e2)
    c.note("2026-07-21", "Neurology consultation", "Length-dependent sensorimotor axonal polyneuropathy consistent with diabetes. B12 normal. Pregabalin 150 mg bid since June. Continue; consider adding duloxetine if not improving.", e2, neu, ("11488-4", "Consult note"))
    e3 = c.enc("2026-11-10", "Endocrinology follow-up", prac=endo)
    c.obs(PAIN, "2026-11-10", 8, cat="survey", enc=e3)
    c.lab("a1c", "2026-11-10", 7.2, e3)
    c.lab("cr", "2026-11-10", 0.9, e3)
    c.lab("egfr", "2026-11-10", 72, e3)
    c.vitals("2026-11-10", e3, bp=(132, 78), hr=76, wt=79.5)
    c.note("2026-11-10", "Endocrinology follow-up", """Burning feet pain now 8/10 at night (4/10 in April, 6/10 in July) despite pregabalin 150 mg twice daily taken as prescribed since February (dose up in June). Sleep poor.
A1c 7.2, stable. Plan: add duloxetine 30 mg, podiatry referral.""", e3, endo)
    c.medreq(("6809", "metformin"), "2012-01-01", "1000 mg twice daily", prac=endo, reason=dm)
    c.medreq(("274783", "insulin glargine"), "2020-01-01", "24 units subcutaneously at bedtime", prac=endo, reason=dm)
    c.medreq(("29046", "lisinopril"), "2014-01-01", "10 mg daily", prac=endo)
    return c


@reg3("WORSENING_DESPITE_TREATMENT", "positive",
      "16F moderate persistent asthma on budesonide-formoterol maintenance since spring; Asthma Control Test 20 -> 16 -> 12",
      "Asthma Control Test fell by 8 points (MCID 3) over three scores spanning about 6 months while controller therapy was active throughout.")
def wdt_act():
    c = Case("wdt3", "https://fhir.lakeside-peds.example.org/fhir/r4", dict(name="Lakeside Pediatric Pulmonology", city="Cleveland", state="OH"),
             dict(mrn="LPP-2208816", family="Washington", given=["Aaliyah"], gender="female", birth="2010-08-19", city="Cleveland Heights", state="OH", zip="44118"),
             "https://lakeside-peds.example.org/mrn", payer="CareSource (Medicaid)")
    c.setup()
    pp = c.prac("Ivanova", "Elena", specialty="Pediatric Pulmonology")
    c.nka()
    ast = c.cond(cc("Moderate persistent asthma, uncomplicated", ("sct", "195967001", "Asthma"), ("icd", "J45.40", "Moderate persistent asthma, uncomplicated")), "2016-01-01")
    c.cond(cc("Allergic rhinitis due to animal dander", ("icd", "J30.81", "Allergic rhinitis due to animal (cat) (dog) hair and dander")), "2016-01-01")
    c.cond(cc("Eczema", ("sct", "43116000", "Eczema")), "2012-01-01", status="inactive")
    act = ("http://lakeside-peds.example.org/fhir/CodeSystem/instruments", "ACT-12PLUS", "ACT asthma control questionnaire total score, age 12+")
    e0 = c.enc("2026-05-12", "Pulmonology visit", prac=pp)
    c.obs(cc("ACT asthma control score (5-25)", act), "2026-05-12", 20, cat="survey", enc=e0)
    c.obs(("lnc", "20150-9", "FEV1"), "2026-05-12", 2.9, "L", cat="procedure", enc=e0, note="91% predicted")
    c.medreq(cc("budesonide 160 MCG / formoterol 4.5 MCG inhaler", ("rx", "1246306", "budesonide 0.16 MG/ACTUAT / formoterol fumarate 0.0045 MG/ACTUAT")), "2026-04-01", "2 puffs twice daily and as needed (SMART)", prac=pp, reason=ast)
    c.medreq(("88249", "montelukast"), "2025-01-01", "10 mg at bedtime", prac=pp, reason=ast)
    e1 = c.enc("2026-08-25", "Pulmonology visit", prac=pp)
    c.obs(cc("ACT asthma control score (5-25)", act), "2026-08-25", 16, cat="survey", enc=e1)
    c.note("2026-08-25", "Pulmonology follow-up", "More night waking. Inhaler technique checked (good), pharmacy fills on time. Continue SMART. Allergen avoidance reviewed.", e1, pp)
    e2 = c.enc("2026-10-03", "Emergency department visit", cls="EMER", reason=cc("Asthma exacerbation"), end="2026-10-03T23:00:00-04:00", disp="Discharged home")
    c.medreq(("8640", "prednisone"), "2026-10-03", "40 mg daily x 5 days", status="completed", reason=ast)
    e3 = c.enc("2026-11-16", "Pulmonology visit", prac=pp)
    c.obs(cc("ACT asthma control score (5-25)", act), "2026-11-16", 12, cat="survey", enc=e3)
    c.obs(("lnc", "20150-9", "FEV1"), "2026-11-16", 2.3, "L", cat="procedure", enc=e3, note="72% predicted")
    c.obs(cc("Fractional exhaled nitric oxide"), "2026-11-16", 48, "[ppb]", (None, 25), cat="procedure", enc=e3)
    c.vitals("2026-11-16", e3, hr=90, wt=57.0, spo2=97)
    c.note("2026-11-16", "Pulmonology follow-up", """ACT 12 (16 in Aug, 20 in May) despite budesonide-formoterol maintenance/reliever since April and montelukast; good adherence per dose counter. One ED visit with oral steroids in October. FEV1 72%, FeNO 48.
Plan: step up to high-dose ICS, check eosinophils/IgE for biologic eligibility.""", e3, pp)
    cbc(c, "2026-11-16", e3, hgb=12.9, wbc=7.9)
    return c


@reg3("WORSENING_DESPITE_TREATMENT", "near-miss",
      "58M type 2 diabetes on metformin + empagliflozin; HbA1c 7.6 -> 7.8 -> 7.9 over 9 months",
      "HbA1c drift of 0.3 percentage points is below the 0.5-point minimal clinically important difference.")
def wdt_nm_a1c():
    c = Case("wdt4", "https://fhir.riverside-primary.example.net/r4", dict(name="Riverside Primary Care", city="Memphis", state="TN"),
             dict(mrn="RPC-5524170", family="Holloway", given=["Terrence"], gender="male", birth="1968-02-14", city="Germantown", state="TN", zip="38138"),
             "https://riverside-primary.example.net/mrn", payer="BlueCross BlueShield of Tennessee")
    c.setup()
    pcp = c.prac("Oduya", "Grace", specialty="Family Medicine")
    c.nka()
    dm = c.cond(cc("Type 2 diabetes mellitus without complications", ("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2018-04-01")
    c.cond(cc("Hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2016-01-01")
    c.cond(cc("Obesity", ("sct", "414916001", "Obesity")), "2016-01-01")
    for d, v in [("2026-02-16", 7.6), ("2026-06-15", 7.8), ("2026-11-09", 7.9)]:
        e = c.enc(d, "Office visit", prac=pcp, reason=cc("Diabetes follow-up"))
        c.lab("a1c", d, v, e)
        c.vitals(d, e, bp=(128, 80), wt=108.0 if d < "2026-06" else 107.2)
    c.lab("egfr", "2026-11-09", 84)
    c.lab("cr", "2026-11-09", 1.0)
    c.lab("uacr", "2026-11-09", 18)
    c.lab("ldl", "2026-11-09", 88)
    c.medreq(("6809", "metformin"), "2018-04-01", "1000 mg twice daily", prac=pcp, reason=dm)
    c.medreq(("1545653", "empagliflozin"), "2024-01-01", "25 mg daily", prac=pcp, reason=dm)
    c.medreq(("83367", "atorvastatin"), "2018-04-01", "20 mg daily", prac=pcp)
    c.medreq(("17767", "amlodipine"), "2016-01-01", "10 mg daily", prac=pcp)
    c.note("2026-11-09", "Diabetes follow-up", "A1c 7.9, roughly stable over the year (7.6, 7.8). Holiday eating discussed. Reinforced diet and walking. Consider GLP-1 RA at next visit if above 8.", None, pcp)
    c.obs(cc("Diabetic retinopathy screening"), "2026-06-15", text="No diabetic retinopathy bilaterally.", cat="exam", interp="N")
    c.obs(cc("Monofilament foot exam"), "2026-11-09", text="Normal protective sensation bilaterally.", cat="exam", interp="N")
    return c


@reg3("WORSENING_DESPITE_TREATMENT", "near-miss",
      "31F recurrent depression: PHQ-9 8 -> 14 -> 19 after she stopped sertraline in June 2026; restarted in late November",
      "The depression scores rose while she was off treatment (sertraline stopped June, restarted 20 November), so treatment was not running during the decline.")
def wdt_nm_phq():
    c = Case("wdt5", "https://fhir.pinecrest-fm.example.org/R4", dict(name="Pinecrest Family Medicine", city="Portland", state="ME"),
             dict(mrn="PFM-11820", family="Tremblay", given=["Chloe"], gender="female", birth="1995-07-26", city="South Portland", state="ME", zip="04106"),
             "https://pinecrest-fm.example.org/mrn", payer="Anthem BCBS")
    c.setup()
    fm = c.prac("Ouellette", "Marc", specialty="Family Medicine")
    c.nka()
    mdd = c.cond(cc("Major depressive disorder, recurrent, moderate", ("sct", "66344007", "Recurrent major depression"), ("icd", "F33.1", "Major depressive disorder, recurrent, moderate")), "2021-01-01")
    c.cond(cc("Iron deficiency without anemia", ("icd", "E61.1", "Iron deficiency")), "2024-01-01", status="resolved", abate="2024-09-01")
    c.medstmt(("36437", "sertraline"), "2024-03-01", status="stopped", end="2026-06-10", dose="100 mg daily", reason=mdd, note="Patient stopped on her own: felt well and wanted to try without medication.", asserted="2026-07-20")
    e1 = c.enc("2026-05-04", "Office visit", prac=fm)
    c.obs(PHQ9, "2026-05-04", 8, cat="survey", enc=e1)
    e2 = c.enc("2026-07-20", "Office visit", prac=fm)
    c.obs(PHQ9, "2026-07-20", 14, cat="survey", enc=e2)
    c.note("2026-07-20", "Office visit", "Stopped sertraline in June. Mood lower, PHQ-9 14. Declines restarting for now; will try therapy and exercise. Safety plan reviewed; no SI.", e2, fm)
    e3 = c.enc("2026-10-12", "Office visit", prac=fm)
    c.obs(PHQ9, "2026-10-12", 17, cat="survey", enc=e3)
    e4 = c.enc("2026-11-20", "Office visit", prac=fm)
    c.obs(PHQ9, "2026-11-20", 19, cat="survey", enc=e4)
    c.vitals("2026-11-20", e4, bp=(112, 70), hr=72, wt=63.0)
    c.lab("tsh", "2026-11-20", 2.4, e4)
    c.note("2026-11-20", "Office visit", """Depression relapse off medication since June: PHQ-9 19 today (8 in May on sertraline). No SI. Agrees to restart sertraline 50 mg, titrate to 100 mg; counselling referral.""", e4, fm)
    c.medreq(("36437", "sertraline"), "2026-11-20", "50 mg daily x 2 weeks, then 100 mg daily", prac=fm, reason=mdd)
    c.sr(cc("Referral to psychotherapy"), "active", "order", "2026-11-20", prac=fm, reason=mdd)
    c.medreq(cc("norgestimate / ethinyl estradiol oral contraceptive", ("rx", "1359025", "norgestimate / ethinyl estradiol")), "2019-01-01", "1 tablet daily", prac=fm)
    cbc(c, "2026-11-20", e4)
    return c


# ---------------- RARE_OR_COMPLEX_CONDITION
@reg3("RARE_OR_COMPLEX_CONDITION", "positive",
      "43F generalised acetylcholine-receptor antibody positive myasthenia gravis on pyridostigmine and azathioprine",
      "Myasthenia gravis (G70.00) is a rare disease in the Orphanet catalogue; active and treated.")
def roc_mg():
    c = Case("roc1", "https://fhir.keystone-neuro.example.org/r4", dict(name="Keystone Neurology Associates", city="Allentown", state="PA"),
             dict(mrn="KNA-3378204", family="Szabo", given=["Andrea"], gender="female", birth="1983-01-29", city="Bethlehem", state="PA", zip="18017"),
             "https://keystone-neuro.example.org/mrn", payer="Capital BlueCross")
    c.setup()
    neu = c.prac("Richter", "Hans", specialty="Neuromuscular Neurology")
    c.allergy(cc("Ciprofloxacin", ("rx", "2551", "ciprofloxacin")), "Worsened weakness", crit="high")
    mg = c.cond(cc("Myasthenia gravis, generalized, AChR antibody positive", ("sct", "91637004", "Myasthenia gravis"), ("icd", "G70.00", "Myasthenia gravis without (acute) exacerbation")), "2024-09-01")
    c.cond(cc("Vitamin D deficiency", ("icd", "E55.9", "Vitamin D deficiency, unspecified")), "2025-01-01", status="resolved", abate="2025-08-01")
    c.obs(cc("Acetylcholine receptor binding Ab [Moles/volume] in Serum"), "2024-09-20", 12.4, "nmol/L", (None, 0.02))
    c.dxr(cc("CT chest with contrast", ("lnc", "24627-2", "CT Chest")), "2024-10-02", [], "No thymoma. Normal thymic remnant.", cat="RAD")
    c.medreq(cc("pyridostigmine bromide 60 MG Oral Tablet", ("rx", "9000", "pyridostigmine")), "2024-09-20", "60 mg four times daily", prac=neu, reason=mg)
    c.medreq(("1256", "azathioprine"), "2025-01-15", "100 mg daily", prac=neu, reason=mg)
    e1 = c.enc("2026-06-09", "Neuromuscular clinic", prac=neu)
    c.obs(cc("MG Activities of Daily Living (MG-ADL) score"), "2026-06-09", 3, cat="survey", enc=e1)
    cbc(c, "2026-06-09", e1, wbc=5.2)
    c.lab("alt", "2026-06-09", 25, e1)
    e2 = c.enc("2026-11-03", "Neuromuscular clinic", prac=neu)
    c.obs(cc("MG Activities of Daily Living (MG-ADL) score"), "2026-11-03", 2, cat="survey", enc=e2)
    cbc(c, "2026-11-03", e2, wbc=5.0)
    c.lab("alt", "2026-11-03", 22, e2)
    c.vitals("2026-11-03", e2, bp=(116, 72), hr=70, wt=62.0)
    c.note("2026-11-03", "Neuromuscular follow-up", """AChR-positive generalized MG diagnosed 2024; no thymoma. Stable on azathioprine and pyridostigmine; mild ptosis late in day only. MG-ADL 2.
Continue; CBC/LFTs every 3 months. Avoid fluoroquinolones, aminoglycosides, magnesium.""", e2, neu)
    c.imm(cc("Influenza vaccine", ("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")), "2026-10-01")
    return c


@reg3("RARE_OR_COMPLEX_CONDITION", "positive",
      "29F Takayasu arteritis with subclavian stenosis, in remission on tocilizumab (vascular/rheumatology)",
      "Takayasu arteritis (M31.4) is an Orphanet-listed rare vasculitis; active condition under treatment.")
def roc_takayasu():
    c = Case("roc2", "https://fhir.desert-vascular.example.com/R4", dict(name="Desert Vascular & Rheumatology Center", city="Phoenix", state="AZ"),
             dict(mrn="DVR-7781150", family="Begay", given=["Shandiin"], gender="female", birth="1997-04-08", city="Chandler", state="AZ", zip="85224"),
             "https://desert-vascular.example.com/mrn", payer="Blue Cross Blue Shield of Arizona")
    c.setup()
    rh = c.prac("Feldman", "Ira", specialty="Rheumatology")
    vs = c.prac("Acosta", "Lena", specialty="Vascular Surgery")
    c.nka()
    tak = c.cond(cc("Takayasu arteritis", ("icd", "M31.4", "Aortic arch syndrome [Takayasu]")), "2025-03-01")
    c.cond(cc("Stenosis of left subclavian artery", ("icd", "I77.1", "Stricture of artery")), "2025-03-01")
    c.dxr(cc("CT angiography chest", ("lnc", "36813-4", "CT Angiogram Chest")), "2025-03-12", [], "Circumferential wall thickening of aortic arch and left subclavian artery with 70% proximal left subclavian stenosis.", cat="RAD")
    c.medreq(cc("tocilizumab 162 MG/0.9ML prefilled syringe", ("rx", "612865", "tocilizumab")), "2025-05-01", "162 mg subcutaneously weekly", prac=rh, reason=tak)
    c.medreq(("8640", "prednisone"), "2025-03-15", "5 mg daily (tapering)", prac=rh, reason=tak)
    c.medreq(("1191", "aspirin"), "2025-03-15", "81 mg daily", prac=vs)
    e1 = c.enc("2026-06-16", "Rheumatology visit", prac=rh)
    c.lab("esr", "2026-06-16", 8, e1)
    c.lab("crp", "2026-06-16", 1.2, e1)
    e2 = c.enc("2026-11-12", "Vascular clinic", prac=vs)
    c.obs(cc("Arm blood pressure differential"), "2026-11-12", 22, "mm[Hg]", cat="exam", enc=e2, note="Right 124/78, left 102/70")
    c.dxr(cc("MR angiography aortic arch", ("lnc", "35968-7", "MR Angiogram")), "2026-11-05", [], "Stable 65-70% left subclavian stenosis; no new stenoses; decreased wall enhancement.", cat="RAD")
    c.note("2026-11-12", "Vascular surgery follow-up", "Takayasu arteritis, left subclavian stenosis stable, no arm claudication. No intervention indicated. Continue medical therapy with rheumatology.", e2, vs)
    e3 = c.enc("2026-11-19", "Rheumatology visit", prac=rh)
    c.lab("esr", "2026-11-19", 6, e3)
    c.lab("crp", "2026-11-19", 0.9, e3)
    c.lab("alt", "2026-11-19", 31, e3)
    cbc(c, "2026-11-19", e3, wbc=5.6)
    c.vitals("2026-11-19", e3, bp=(124, 78), hr=72, wt=59.0)
    c.note("2026-11-19", "Rheumatology follow-up", "Clinical and imaging remission on weekly tocilizumab. Prednisone down to 5 mg; taper to 2.5 mg. Lipids and bone health reviewed.", e3, rh)
    return c


@reg3("RARE_OR_COMPLEX_CONDITION", "positive",
      "77M with seven active chronic conditions across cardiology, nephrology, endocrinology, pulmonology and rheumatology; all stable",
      "Complexity rule: at least five active chronic conditions (HFpEF, AF, CKD 3b, T2DM, COPD, gout, OSA) spread across at least three specialties.")
def roc_complex():
    c = Case("roc3", "https://fhir.tidewater-health.example.org/r4", dict(name="Tidewater Health System - Internal Medicine", city="Norfolk", state="VA"),
             dict(mrn="TWH-2049981", family="Simmons", given=["Raymond"], gender="male", birth="1949-09-14", city="Virginia Beach", state="VA", zip="23452"),
             "urn:oid:1.2.840.114350.1.13.771.2.7.5.737384.14", payer="Medicare")
    c.setup()
    pcp = c.prac("Whitley", "Dana", specialty="Internal Medicine")
    card = c.prac("Chaudhry", "Imran", specialty="Cardiology")
    neph = c.prac("Forde", "Natalie", specialty="Nephrology")
    c.nka()
    hf = c.cond(cc("Chronic diastolic heart failure", ("icd", "I50.32", "Chronic diastolic (congestive) heart failure")), "2019-01-01")
    af = c.cond(cc("Permanent atrial fibrillation", ("sct", "49436004", "Atrial fibrillation")), "2018-01-01")
    ckd = c.cond(cc("Chronic kidney disease stage 3b", ("sct", "433144002", "Chronic kidney disease stage 3"), ("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2021-01-01")
    dm = c.cond(cc("Type 2 diabetes mellitus with diabetic chronic kidney disease", ("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2005-01-01")
    copd = c.cond(cc("COPD", ("sct", "13645005", "Chronic obstructive lung disease")), "2014-01-01")
    gout = c.cond(cc("Gout", ("sct", "90560007", "Gout")), "2016-01-01")
    c.cond(cc("Obstructive sleep apnea", ("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2017-01-01")
    c.cond(cc("Community-acquired pneumonia", ("icd", "J18.9", "Pneumonia, unspecified organism")), "2025-02-01", status="resolved", abate="2025-03-01")
    e1 = c.enc("2026-11-02", "Office visit", prac=pcp, reason=cc("Chronic disease management"))
    c.vitals("2026-11-02", e1, bp=(132, 74), hr=76, wt=98.2, spo2=94)
    c.lab("cr", "2026-11-02", 1.7, e1)
    c.lab("egfr", "2026-11-02", 41, e1)
    c.lab("k", "2026-11-02", 4.8, e1)
    c.lab("a1c", "2026-11-02", 7.3, e1)
    c.lab("ua", "2026-11-02", 5.8, e1)
    c.lab("ntbnp", "2026-11-02", 610, e1)
    c.lab("egfr", "2026-05-04", 42)
    c.lab("a1c", "2026-05-04", 7.2)
    c.note("2026-11-02", "Chronic care visit", """HFpEF euvolemic, AF rate controlled on apixaban, CKD 3b stable (eGFR 41-42), T2DM A1c 7.3, COPD no exacerbations this year, gout quiet on allopurinol, OSA on CPAP.
12 medications; reconciled. Sees cardiology and nephrology. Continue current plan.""", e1, pcp)
    for m, d, r in [(("1364430", "apixaban"), "5 mg twice daily", af), (("4603", "furosemide"), "40 mg daily", hf), (("1545653", "empagliflozin"), "10 mg daily", ckd),
                    (("274783", "insulin glargine"), "18 units at bedtime", dm), (("519", "allopurinol"), "200 mg daily", gout), (("69120", "tiotropium"), "2 inhalations daily", copd),
                    (("6918", "metoprolol"), "metoprolol succinate 100 mg daily", af), (("83367", "atorvastatin"), "40 mg daily", None)]:
        c.medreq(m, "2024-01-01", d, prac=pcp, reason=r)
    e2 = c.enc("2026-08-20", "Nephrology visit", prac=neph)
    c.note("2026-08-20", "Nephrology follow-up", "CKD 3b from diabetic nephropathy, stable. Continue SGLT2i. Avoid NSAIDs. Return 6 months.", e2, neph)
    e3 = c.enc("2026-09-24", "Cardiology visit", prac=card)
    c.note("2026-09-24", "Cardiology follow-up", "HFpEF NYHA II, AF rate controlled. Echo LVEF 60%, LA enlarged. No changes.", e3, card)
    return c


@reg3("RARE_OR_COMPLEX_CONDITION", "near-miss",
      "59F with four active chronic conditions (hypothyroidism, migraine, GERD, hypertension) plus several resolved problems",
      "Only four active chronic conditions (below the threshold of five); the others are resolved; none is rare.")
def roc_nm_four():
    c = Case("roc4", "https://fhir.cedar-valley-clinic.example.com/r4", dict(name="Cedar Valley Clinic", city="Cedar Rapids", state="IA"),
             dict(mrn="CVC-1640073", family="Novak", given=["Linda"], gender="female", birth="1967-02-11", city="Marion", state="IA", zip="52302"),
             "https://cedar-valley-clinic.example.com/mrn", payer="Wellmark BCBS")
    c.setup()
    pcp = c.prac("Hansen", "Eric", specialty="Family Medicine")
    neu = c.prac("Moreau", "Claire", specialty="Neurology")
    c.nka()
    c.cond(cc("Hashimoto thyroiditis", ("icd", "E06.3", "Autoimmune thyroiditis")), "2010-01-01")
    mig = c.cond(cc("Migraine without aura", ("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "1998-01-01")
    c.cond(cc("GERD", ("sct", "235595009", "Gastroesophageal reflux disease")), "2015-01-01")
    htn = c.cond(cc("Essential hypertension", ("icd", "I10", "Essential (primary) hypertension")), "2019-01-01")
    c.cond(cc("Right distal radius fracture", ("icd", "S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture")), "2022-12-10", status="resolved", abate="2023-03-01")
    c.cond(cc("Plantar fasciitis, left", ("icd", "M72.2", "Plantar fascial fibromatosis")), "2023-06-01", status="resolved", abate="2024-01-01")
    c.cond(cc("Vitamin B12 deficiency", ("icd", "E53.8", "Deficiency of other specified B group vitamins")), "2021-01-01", status="resolved", abate="2022-01-01")
    c.cond(cc("Gestational diabetes (history)", ("sct", "11687002", "Gestational diabetes mellitus")), "1995-05-01", status="resolved", abate="1995-12-01")
    e1 = c.enc("2026-10-14", "Annual physical", prac=pcp)
    c.vitals("2026-10-14", e1, bp=(126, 80), hr=70, wt=70.5, bmi=26.2)
    c.lab("tsh", "2026-10-14", 1.9, e1)
    c.lab("a1c", "2026-10-14", 5.5, e1)
    bmp(c, "2026-10-14", e1, cr=0.8, egfr=84)
    cbc(c, "2026-10-14", e1)
    c.lab("ldl", "2026-10-14", 118)
    c.note("2026-10-14", "Annual physical", "Doing well. Migraines 2/month on propranolol prophylaxis. Thyroid replaced. GERD controlled. BP at goal. Colonoscopy due 2027.", e1, pcp)
    e2 = c.enc("2026-07-08", "Neurology follow-up", prac=neu)
    c.note("2026-07-08", "Neurology follow-up", "Episodic migraine, 2-3 days/month, good response to sumatriptan. Continue propranolol.", e2, neu)
    c.medreq(("10582", "levothyroxine"), "2010-01-01", "75 mcg daily", prac=pcp)
    c.medreq(("8787", "propranolol"), "2019-01-01", "propranolol LA 80 mg daily", prac=neu, reason=mig)
    c.medreq(("37418", "sumatriptan"), "2005-01-01", "50 mg at onset, may repeat in 2 h", prac=neu, reason=mig)
    c.medreq(("7646", "omeprazole"), "2015-01-01", "20 mg daily", prac=pcp)
    return c


@reg3("RARE_OR_COMPLEX_CONDITION", "near-miss",
      "48F acute left Bell's palsy treated with prednisone, recovering; otherwise only hypothyroidism",
      "Bell's palsy is a common idiopathic facial neuropathy, not a rare disease, and there are only two active chronic-or-current conditions.")
def roc_nm_bell():
    c = Case("roc5", "https://fhir.bluegrass-urgentcare.example.org/r4", dict(name="Bluegrass Urgent & Primary Care", city="Lexington", state="KY"),
             dict(mrn="BUP-0931476", family="Ritchie", given=["Amanda"], gender="female", birth="1978-05-05", city="Lexington", state="KY", zip="40502"),
             "https://bluegrass-urgentcare.example.org/mrn", payer="Anthem BCBS")
    c.setup()
    pcp = c.prac("Sizemore", "Travis", specialty="Family Medicine")
    ent = c.prac("Kapoor", "Rina", specialty="Otolaryngology")
    c.nka()
    c.cond(cc("Hypothyroidism", ("sct", "40930008", "Hypothyroidism")), "2016-01-01")
    e1 = c.enc("2026-10-26", "Urgent care visit", prac=pcp, reason=cc("Facial droop"))
    bp_ = c.cond(cc("Bell's palsy, left", ("sct", "193093009", "Bell's palsy"), ("icd", "G51.0", "Bell's palsy")), "2026-10-25", enc=e1)
    c.vitals("2026-10-26", e1, bp=(124, 78), hr=76, temp=36.8)
    c.obs(cc("House-Brackmann facial nerve grade"), "2026-10-26", text="Grade IV (left), forehead involved", cat="exam", enc=e1)
    c.note("2026-10-26", "Urgent care note", """Woke with left facial droop, unable to close left eye, forehead involved. No limb weakness, speech normal, no rash in ear. Glucose 96.
Peripheral CN VII palsy, likely Bell's. Prednisone 60 mg x 5 days then taper; eye protection. Follow up 2-3 weeks.""", e1, pcp)
    c.lab("glu", "2026-10-26", 96, e1)
    c.obs(cc("Lyme disease Ab screen", ("lnc", "5062-5", "Borrelia burgdorferi Ab [Units/volume] in Serum")), "2026-10-26", vcc=cc("Negative", ("sct", "260385009", "Negative")), enc=e1, interp="NEG")
    c.medreq(("8640", "prednisone"), "2026-10-26", "60 mg daily x5 days, then taper over 5 days", prac=pcp, reason=bp_, status="completed")
    c.medreq(cc("artificial tears ophthalmic solution / lubricating eye ointment at night"), "2026-10-26", "1 drop left eye every 2 hours while awake; ointment at bedtime", prac=pcp, reason=bp_)
    c.medreq(("10582", "levothyroxine"), "2016-01-01", "50 mcg daily", prac=pcp)
    e2 = c.enc("2026-11-16", "ENT follow-up", prac=ent)
    c.obs(cc("House-Brackmann facial nerve grade"), "2026-11-16", text="Grade II (left)", cat="exam", enc=e2)
    c.note("2026-11-16", "ENT follow-up", "Substantial recovery, House-Brackmann II. Eye closes fully. Expect further improvement. No imaging needed. Follow up PRN.", e2, ent, ("11488-4", "Consult note"))
    c.lab("tsh", "2026-11-16", 2.3, e2)
    cbc(c, "2026-11-16", e2)
    return c
