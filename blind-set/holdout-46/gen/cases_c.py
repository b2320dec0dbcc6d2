"""Cases from the ophthalmology and neuro-ophthalmology service (Lakeshore Eye)."""
from fhirkit import (Case, cc, ccm, cct, qty, LOINC, SCT, RXN, ICD10CM, CPT, HCPCS)

LOC = "https://fhir.lakeshore-eye.example.org/CodeSystem/exam"
RIGHT = ccm((SCT, "18944008", "Right eye structure"), text="OD")
LEFT = ccm((SCT, "8966001", "Left eye structure"), text="OS")
EYES = {"OD": RIGHT, "OS": LEFT}
OPH = cc("http://terminology.hl7.org/CodeSystem/v2-0074", "OUS", "Outside")


def icd(code, display):
    return ccm((ICD10CM, code, display), text=display)


def cpt(code, display, text=None):
    return ccm((CPT, code, display), text=text or display)


def rx(code, display, text=None):
    if code:
        return ccm((RXN, code, display), text=text or display)
    return cct(text or display)


def va(c, date, eye, logmar, snellen, enc=None):
    return c.obs(ccm((SCT, "419775003", "Best corrected visual acuity"), text=f"BCVA {eye}"), date, category="exam",
                 value=logmar, unit="logMAR", ucum="{logMAR}", body_site=EYES[eye], encounter=enc,
                 note=f"Snellen {snellen}")


def iop(c, date, eye, mmhg, enc=None):
    return c.obs(ccm((SCT, "41633001", "Intraocular pressure"), text=f"IOP {eye} (Goldmann)"), date, category="exam",
                 value=mmhg, unit="mmHg", ucum="mm[Hg]", low=10, high=21, body_site=EYES[eye], encounter=enc)


def vf_md(c, date, eye, md, enc=None, flag=None, note=None):
    return c.obs(ccm((LOC, "HVF-MD", "Humphrey 24-2 SITA Standard mean deviation"), text=f"Visual field MD {eye} (24-2)"),
                 date, category="exam", value=md, unit="dB", ucum="dB", body_site=EYES[eye], encounter=enc,
                 flag=flag, note=note, range_text="Normal -2.0 dB or better")


def lab(c, code, display, date, value, unit, ucum, low=None, high=None, loinc=None, loinc_disp=None, **kw):
    return c.lab(loinc, loinc_disp, date, value, unit, low, high, ucum=ucum, local=(LOC, code, display),
                 text=display, **kw)


def symptom(c, date, sct, en, text, enc=None, note=None):
    return c.obs(ccm((LOINC, "75325-1", "Symptom"), text="Symptom"), date, category="survey",
                 cc_value=ccm((SCT, sct, en), text=text), encounter=enc, note=note)


def clinic(c, date, pract, cpt_code="92014", text="Established patient eye examination", **kw):
    return c.encounter(date, "AMB", type_text=cpt(cpt_code, text), pract=pract, **kw)


# ---------------------------------------------------------------------------
def eye_diplopia(cid):
    c = Case(cid, "EYE", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
             "Intermittent binocular double vision and eye strain recorded at four visits from June to November 2026 (22 weeks); orthoptic measurements, MRI brain/orbits, acetylcholine-receptor and MuSK antibodies and thyroid function were all normal and no disorder has been diagnosed.",
             "44-year-old man with 5 months of intermittent diplopia; orthoptics, MRI, antibodies and thyroid all normal, no diagnosis")
    c.setup("Alvarez", "Daniel", "male", "1982-05-19", "LEI-300418", {
        "no": ("Chen", "Rebecca", "Dr.", "MD, Neuro-ophthalmology"),
        "orth": ("Mills", "Karen", None, "Certified Orthoptist"),
    }, "GLH-884120331")
    c.condition(icd("H52.13", "Myopia, bilateral"), "1998-01-01")
    dates = ["2026-06-08", "2026-07-20", "2026-09-14", "2026-11-09"]
    notes = ["Horizontal double vision, worse at end of day and when reading, resolves when one eye is closed.",
             "Diplopia 3-4 times per week, lasting minutes to hours; eye strain.",
             "Ongoing intermittent diplopia; had to stop night driving.",
             "Diplopia unchanged after 5 months; no ptosis noticed by patient."]
    encs = []
    for i, (d, n) in enumerate(zip(dates, notes)):
        e = clinic(c, d, "no", "92004" if i == 0 else "92014",
                   "New patient comprehensive eye examination" if i == 0 else "Established patient eye examination",
                   reason=[ccm((SCT, "24982008", "Diplopia"), (ICD10CM, "H53.2", "Diplopia"), text="Double vision")])
        encs.append(e)
        symptom(c, d, "24982008", "Diplopia", "Intermittent binocular diplopia", enc=e, note=n)
    va(c, "2026-06-08", "OD", 0.0, "20/20", encs[0])
    va(c, "2026-06-08", "OS", 0.0, "20/20", encs[0])
    c.obs(ccm((LOC, "ORTHO", "Orthoptic evaluation"), text="Prism cover and motility (orthoptist)"), "2026-07-20",
          category="exam", text_value="Orthophoric at distance and near; full ductions and versions; no fatigable ptosis; sustained upgaze 60 s without change; ice pack examination negative.",
          flag="N", performer="orth", encounter=encs[1])
    c.obs(ccm((LOC, "HESS", "Hess chart"), text="Hess chart"), "2026-09-14", category="exam",
          text_value="Normal and symmetric fields.", flag="N", performer="orth", encounter=encs[2])
    lab(c, "ACHR", "Acetylcholine receptor binding antibody", "2026-07-20", 0.02, "nmol/L", "nmol/L", None, 0.25,
        encounter=encs[1])
    lab(c, "MUSK", "MuSK antibody", "2026-07-20", None, None, None, flag="NEG",
        cc_value=ccm((SCT, "260385009", "Negative"), text="Negative"), encounter=encs[1])
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-20", 1.6, "mIU/L", 0.4, 4.0, ucum="m[IU]/L",
          encounter=encs[1])
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-07-20", 5.4, "%", 4.0, 5.6)
    c.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-07-20", 6, "mm/h", None, 15)
    c.report(cpt("70553", "MRI brain without contrast, followed by contrast", "MRI brain and orbits with and without contrast"),
             "2026-08-03", conclusion="Normal MRI of the brain and orbits. Extraocular muscles normal in size and signal. No brainstem or cavernous sinus lesion.",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))
    c.note("2026-11-09", "Neuro-ophthalmology progress note",
           "44M with intermittent binocular horizontal diplopia since early June 2026, recorded at every visit. "
           "Exam, orthoptic measurements, Hess chart, MRI brain/orbits, AChR and MuSK antibodies, TSH, HbA1c and ESR are all normal. "
           "No diagnosis established. Patient told the work-up shows nothing wrong, but symptoms continue and affect driving. "
           "Return in 3 months.", author="no", encounter=encs[3])
    return c


def eye_dry_eye_mismatch(cid):
    c = Case(cid, "EYE", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
             "Bilateral dry eye (H04.123) has been the diagnosis since March 2026 for blurred vision in the left eye, but by November acuity had fallen from 20/20 to 20/50, colour plates were 6/14 and a left relative afferent pupillary defect was found: signs of optic neuropathy that dry eye cannot explain.",
             "58-year-old woman treated for dry eye since March; left vision loss, colour deficit and RAPD unexplained")
    c.setup("Okafor", "Grace", "female", "1968-10-02", "LEI-300977", {
        "oph": ("Patel", "Anil", "Dr.", "MD, Comprehensive Ophthalmology"),
    }, "GLH-552090114")
    htn = c.condition(icd("I10", "Essential (primary) hypertension"), "2015-01-01")
    e0 = clinic(c, "2026-03-16", "oph", "92004", "New patient comprehensive eye examination",
                reason=[ccm((SCT, "111516008", "Blurring of visual image"), text="Blurred vision, left eye; gritty eyes")])
    dry = c.condition(icd("H04.123", "Dry eye syndrome of bilateral lacrimal glands"), "2026-03-16", encounter=e0, asserter="oph",
                      note="Tear break-up time 6 s OU, mild inferior punctate staining.")
    va(c, "2026-03-16", "OD", 0.0, "20/20", e0)
    va(c, "2026-03-16", "OS", 0.0, "20/20", e0)
    iop(c, "2026-03-16", "OD", 15, e0)
    iop(c, "2026-03-16", "OS", 16, e0)
    c.med_request(rx("3008", "cyclosporine", "Cyclosporine 0.05% ophthalmic emulsion"), "2026-03-16",
                  "1 drop both eyes twice daily", reason_ref=[dry], requester="oph")
    c.med_request(rx(None, None, "Preservative-free artificial tears (carboxymethylcellulose 0.5%)"), "2026-03-16",
                  "1 drop both eyes 4-6 times daily", reason_ref=[dry], requester="oph")
    e1 = clinic(c, "2026-06-22", "oph")
    symptom(c, "2026-06-22", "111516008", "Blurring of visual image", "Blurred vision left eye, dim colours", enc=e1)
    e2 = clinic(c, "2026-09-08", "oph")
    symptom(c, "2026-09-08", "111516008", "Blurring of visual image", "Left eye vision worse, 'washed-out' colours", enc=e2)
    e3 = clinic(c, "2026-11-16", "oph")
    symptom(c, "2026-11-16", "111516008", "Blurring of visual image", "Persistent blurred vision left eye", enc=e3)
    va(c, "2026-11-16", "OD", 0.0, "20/20", e3)
    va(c, "2026-11-16", "OS", 0.4, "20/50", e3)
    c.obs(ccm((LOC, "ISHI", "Ishihara colour plates"), text="Colour vision (Ishihara) OS"), "2026-11-16", category="exam",
          text_value="6/14 plates", flag="A", body_site=LEFT, encounter=e3, range_text="Normal 14/14")
    c.obs(ccm((LOC, "RAPD", "Relative afferent pupillary defect"), text="Swinging flashlight: RAPD OS"), "2026-11-16",
          category="exam", bool_value=True, flag="A", body_site=LEFT, encounter=e3)
    c.report(cpt("92134", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, retina", "OCT macula OU"),
             "2026-11-16", conclusion="Normal foveal contour OU; no macular oedema or epiretinal membrane.",
             category=OPH, encounter=e3)
    c.note("2026-11-16", "Ophthalmology progress note",
           "Dx: dry eye syndrome OU (since 03/2026), on cyclosporine and artificial tears. "
           "Continues to report blurred vision OS. Today BCVA OS 20/50 (was 20/20), Ishihara 6/14 OS, RAPD OS. "
           "Cornea: mild punctate staining only. Macula OCT normal. Plan: continue lubricants, recheck in 3 months.",
           author="oph", encounter=e3)
    return c


def eye_macular_hole(cid):
    c = Case(cid, "EYE", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
             "Pars plana vitrectomy with internal limiting membrane peel and gas tamponade (CPT 67042) for a full-thickness macular hole is in preparation for 10 December 2026 (Procedure status preparation, consent signed).",
             "67-year-old woman with a full-thickness macular hole, vitrectomy booked for 2026-12-10")
    c.setup("Novak", "Irene", "female", "1959-02-27", "LEI-301554", {
        "ret": ("Brooks", "Samuel", "Dr.", "MD, Vitreoretinal Surgery"),
        "oph": ("Patel", "Anil", "Dr.", "MD, Comprehensive Ophthalmology"),
    }, "GLH-730017765")
    c.condition(icd("E78.5", "Hyperlipidemia, unspecified"), "2014-01-01")
    c.condition(icd("H25.13", "Age-related nuclear cataract, bilateral"), "2022-05-01", note="Mild, visually insignificant")
    e0 = clinic(c, "2026-10-26", "oph", reason=[ccm((SCT, "111516008", "Blurring of visual image"), text="Central distortion OD")])
    va(c, "2026-10-26", "OD", 0.7, "20/100", e0)
    va(c, "2026-10-26", "OS", 0.1, "20/25", e0)
    iop(c, "2026-10-26", "OD", 14, e0)
    iop(c, "2026-10-26", "OS", 15, e0)
    oct = c.report(cpt("92134", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, retina", "OCT macula OD"),
                   "2026-10-26", conclusion="Full-thickness macular hole OD, minimum linear diameter 420 um, stage 3, with cuffs of subretinal fluid; no vitreomacular traction. OS normal.",
                   category=OPH, encounter=e0)
    mh = c.condition(icd("H35.341", "Macular cyst, hole, or pseudohole, right eye"), "2026-10-26", asserter="ret",
                     evidence=[{"detail": [{"reference": oct}]}], note="Full-thickness macular hole, stage 3")
    e1 = c.encounter("2026-11-09", "AMB", type_text=cct("Retina surgical consultation"), pract="ret")
    c.note("2026-11-09", "Retina surgery consultation",
           "Stage 3 FTMH OD, 420 um, symptoms ~3 months. Discussed PPV/ILM peel/SF6 gas with face-down positioning 3-5 days, "
           "risks incl. cataract progression, retinal detachment, endophthalmitis. Patient wishes to proceed. Consent signed. "
           "Surgery 12/10/2026 at Lakeshore Surgery Center, MAC anesthesia.", author="ret", encounter=e1)
    c.procedure(ccm((CPT, "67042", "Vitrectomy, mechanical, pars plana approach; with removal of internal limiting membrane of retina"), text="PPV + ILM peel + SF6 gas, right eye"),
                status="preparation", reason_ref=[mh], performer="ret", body_site=[RIGHT],
                note="Scheduled 2026-12-10 07:30; pre-op H&P completed 2026-11-23.")
    c.appointment("2026-12-10", "PPV/ILM peel/SF6 OD", pract="ret", start_time="07:30:00", end_time="09:00:00", minutes=90)
    c.appointment("2026-12-11", "Post-op day 1 OD", pract="ret", start_time="08:00:00", end_time="08:20:00", minutes=20)
    c.service_request(cct("Pre-operative history and physical (PCP)"), "2026-11-09",
                      status="completed", requester="ret", reason_ref=[mh])
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-11-23", 96, "mg/dL", 70, 99)
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-11-23", 1.0, "{INR}", 0.8, 1.2)
    c.bp("2026-11-23", 128, 76)
    c.med_request(rx("83367", "atorvastatin", "Atorvastatin 20 mg tablet"), "2014-01-01", "1 tablet daily", requester="oph")
    return c


def eye_yag_minor(cid):
    c = Case(cid, "EYE", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
             "The only planned procedure is an outpatient Nd:YAG laser posterior capsulotomy for posterior capsule opacification (CPT 66821), a brief non-incisional laser, not a major or invasive operation; the cataract surgery itself was done in 2024.",
             "72-year-old man with posterior capsule opacification, YAG laser capsulotomy booked")
    c.setup("Lindqvist", "Harold", "male", "1954-08-11", "LEI-298310", {
        "oph": ("Patel", "Anil", "Dr.", "MD, Comprehensive Ophthalmology"),
    }, "GLH-118230558")
    dm = c.condition(icd("E11.9", "Type 2 diabetes mellitus without complications"), "2012-01-01")
    c.condition(icd("Z96.1", "Presence of intraocular lens"), "2024-04-17")
    c.procedure(cpt("66984", "Extracapsular cataract removal with insertion of intraocular lens prosthesis"), performed="2024-04-17",
                body_site=[RIGHT], note="Uncomplicated phaco + IOL OD")
    c.procedure(cpt("66984", "Extracapsular cataract removal with insertion of intraocular lens prosthesis"), performed="2024-05-15",
                body_site=[LEFT], note="Uncomplicated phaco + IOL OS")
    e0 = clinic(c, "2026-11-12", "oph", reason=[ccm((SCT, "111516008", "Blurring of visual image"), text="Glare and hazy vision OD")])
    pco = c.condition(icd("H26.491", "Other secondary cataract, right eye"), "2026-11-12", encounter=e0, asserter="oph",
                      note="Dense posterior capsule opacification OD")
    va(c, "2026-11-12", "OD", 0.4, "20/50", e0)
    va(c, "2026-11-12", "OS", 0.0, "20/20", e0)
    iop(c, "2026-11-12", "OD", 16, e0)
    iop(c, "2026-11-12", "OS", 15, e0)
    c.obs(ccm((LOC, "DFE", "Dilated fundus examination"), text="Dilated fundus examination OU"), "2026-11-12", category="exam",
          text_value="No diabetic retinopathy OU. Flat retina.", flag="N", encounter=e0)
    c.report(cpt("92134", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, retina", "OCT macula OU"),
             "2026-11-12", conclusion="Normal macular thickness OU, no diabetic macular oedema.", category=OPH, encounter=e0)
    sr = c.service_request(cpt("66821", "Discission of secondary membranous cataract; laser surgery", "Nd:YAG laser posterior capsulotomy OD"),
                           "2026-11-12", status="active", intent="order", occurrence=c.ts("2026-12-07", "14:00:00"),
                           reason_ref=[pco], requester="oph", performer=[c.pract["oph"]],
                           note="In-office laser, topical anaesthesia, ~5 minutes. IOP check 1 hour after.")
    c.appointment("2026-12-07", "YAG capsulotomy OD (clinic laser room)", pract="oph", based_on=[sr], start_time="14:00:00",
                  end_time="14:30:00")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-01", 6.9, "%", 4.0, 5.6)
    c.med_request(rx("6809", "metformin", "Metformin 1000 mg tablet"), "2012-01-01", "1 tablet twice daily", reason_ref=[dm])
    c.note("2026-11-12", "Ophthalmology progress note",
           "Pseudophakic OU. Symptomatic PCO OD, 20/50 with glare. Plan: YAG capsulotomy OD in clinic 12/7. "
           "Discussed small risks of IOP spike, floaters, retinal detachment. Diabetic eye exam: no retinopathy.",
           author="oph", encounter=e0)
    return c


def eye_ga_untreatable(cid):
    c = Case(cid, "EYE", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
             "Bilateral geographic atrophy with subfoveal involvement; the retina note and clinical impression state that no treatment options are available and the patient was referred only for low-vision rehabilitation, with no second opinion on record.",
             "81-year-old woman with bilateral geographic atrophy told there is no treatment, low-vision referral only")
    c.setup("Kowalski", "Dorothy", "female", "1945-07-14", "LEI-287702", {
        "ret": ("Brooks", "Samuel", "Dr.", "MD, Vitreoretinal Surgery"),
        "lv": ("Ramirez", "Lucia", None, "OD, Low Vision Rehabilitation"),
    }, "MCR-1EG4TE5MK73")
    htn = c.condition(icd("I10", "Essential (primary) hypertension"), "2004-01-01")
    c.condition(icd("Z96.1", "Presence of intraocular lens"), "2019-09-10")
    e0 = clinic(c, "2026-04-13", "ret", reason=[cct("Progressive difficulty reading and recognising faces")])
    va(c, "2026-04-13", "OD", 0.7, "20/100", e0)
    va(c, "2026-04-13", "OS", 0.5, "20/63", e0)
    e1 = clinic(c, "2026-10-19", "ret")
    va(c, "2026-10-19", "OD", 1.0, "20/200", e1)
    va(c, "2026-10-19", "OS", 0.7, "20/100", e1)
    iop(c, "2026-10-19", "OD", 13, e1)
    iop(c, "2026-10-19", "OS", 14, e1)
    faf = c.report(ccm((LOC, "FAF", "Fundus autofluorescence"), text="Fundus autofluorescence OU"), "2026-10-19",
                   conclusion="Multifocal confluent geographic atrophy involving the fovea OU; GA area OD 14.2 mm2, OS 9.8 mm2 (both enlarged since 04/2026). Diffuse-trickling junctional pattern.",
                   category=OPH, encounter=e1)
    c.report(cpt("92134", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, retina", "OCT macula OU"),
             "2026-10-19", conclusion="Complete RPE and outer retinal atrophy (cRORA) subfoveal OU. No fluid, no CNV.",
             category=OPH, encounter=e1)
    ga = c.condition(icd("H35.3133", "Nonexudative age-related macular degeneration, bilateral, advanced atrophic with subfoveal involvement"),
                     "2024-02-01", asserter="ret", evidence=[{"detail": [{"reference": faf}]}],
                     note="Geographic atrophy OU. No treatment options available; refer to low vision.")
    c.impression("2026-10-19", "Advanced atrophic AMD (geographic atrophy) with subfoveal involvement OU, progressing. "
                 "No treatment options are available for her; counselled that vision will continue to decline. Low-vision rehabilitation referral.",
                 assessor="ret", problems=[ga], encounter=e1,
                 findings=[cct("Geographic atrophy, subfoveal, both eyes")])
    c.service_request(ccm((LOC, "REF-LV", "Referral to low vision rehabilitation"), text="Low vision rehabilitation evaluation"), "2026-10-19",
                      status="active", requester="ret", performer=[c.pract["lv"]], reason_ref=[ga])
    c.appointment("2026-12-14", "Low vision evaluation (magnifiers, lighting, OT referral)", pract="lv")
    c.note("2026-10-19", "Retina clinic note",
           "81F with bilateral geographic atrophy, subfoveal, enlarging on FAF. BCVA 20/200 OD, 20/100 OS. "
           "Explained that there is no treatment that can restore vision or that we can offer for her form of macular degeneration; "
           "the condition is untreatable and she should expect further decline. Referred to low vision. Follow-up 12 months. "
           "Patient tearful; daughter present.", author="ret", encounter=e1)
    c.med_request(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2010-01-01", "1 tablet daily", reason_ref=[htn])
    c.bp("2026-10-19", 138, 74, encounter=e1)
    return c


def eye_vfq_small_drop(cid):
    c = Case(cid, "EYE", "HIGH_IMPACT_TREATMENT", "near-miss", [],
             "Monthly intravitreal aflibercept for neovascular AMD began in August 2026; the NEI VFQ-25 composite moved from 84 to 82, a change below its minimal important difference (about 4-5 points), and injections are not a high-impact treatment; vision improved.",
             "70-year-old man starting anti-VEGF injections; VFQ-25 composite 84 -> 82 with improving vision")
    c.setup("Haddad", "Samir", "male", "1956-03-08", "LEI-302211", {
        "ret": ("Brooks", "Samuel", "Dr.", "MD, Vitreoretinal Surgery"),
    }, "MCR-4TR7UY2PL21")
    c.condition(icd("I10", "Essential (primary) hypertension"), "2011-01-01")
    e0 = clinic(c, "2026-08-03", "ret", reason=[ccm((SCT, "111516008", "Blurring of visual image"), text="Sudden distortion OS")])
    nv = c.condition(icd("H35.3221", "Exudative age-related macular degeneration, left eye, with active choroidal neovascularization"),
                     "2026-08-03", asserter="ret", encounter=e0)
    c.report(cpt("92134", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, retina", "OCT macula OS"),
             "2026-08-03", conclusion="Subretinal fluid and type 1 CNV OS, CST 412 um.", category=OPH, encounter=e0)

    def vfq(date, score, enc):
        return c.obs(ccm((LOC, "VFQ25", "NEI VFQ-25 composite score"), text="NEI VFQ-25 composite (0-100)"), date,
                     category="survey", value=score, unit="{score}", encounter=enc)
    vfq("2026-08-03", 84.1, e0)
    va(c, "2026-08-03", "OS", 0.5, "20/63", e0)
    mr = c.med_request(ccm((HCPCS, "J0178", "Injection, aflibercept, 1 mg"), text="Aflibercept 2 mg/0.05 mL intravitreal"),
                       "2026-08-03", "2 mg intravitreal OS every 4 weeks x3, then treat-and-extend", reason_ref=[nv], requester="ret")
    for d in ["2026-08-03", "2026-08-31", "2026-09-28", "2026-11-09"]:
        e = e0 if d == "2026-08-03" else clinic(c, d, "ret")
        c.procedure(cpt("67028", "Intravitreal injection of a pharmacologic agent (separate procedure)"), performed=c.ts(d, "11:00:00"),
                    body_site=[LEFT], performer="ret", reason_ref=[nv], encounter=e)
        c.med_admin(ccm((HCPCS, "J0178", "Injection, aflibercept, 1 mg"), text="Aflibercept 2 mg"), d, "2 mg intravitreal OS",
                    request=mr, performer="ret")
        last = e
    va(c, "2026-11-09", "OS", 0.2, "20/32", last)
    c.report(cpt("92134", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, retina", "OCT macula OS"),
             "2026-11-09", conclusion="Dry macula OS, CST 268 um.", category=OPH, encounter=last)
    vfq("2026-11-09", 82.0, last)
    c.note("2026-11-09", "Retina clinic note",
           "nAMD OS after 4 aflibercept injections: dry on OCT, BCVA improved 20/63 -> 20/32. VFQ-25 composite 84 -> 82, "
           "stable (mild injection-day discomfort). Extend interval to 6 weeks.", author="ret", encounter=last)
    return c


def eye_question_no(cid):
    c = Case(cid, "EYE", "PATIENT_REPORTED_CONCERN", "near-miss", [],
             "The glaucoma intake questionnaire asked whether she would like a second opinion and she answered 'No', reporting that her questions had been answered; there is no other patient signal.",
             "61-year-old woman newly diagnosed with glaucoma; questionnaire answer to second opinion is No")
    c.setup("Brennan", "Maureen", "female", "1965-01-30", "LEI-303390", {
        "gl": ("Nguyen", "Thomas", "Dr.", "MD, Glaucoma Service"),
    }, "GLH-320981176")
    e0 = clinic(c, "2026-09-21", "gl", "92004", "New patient comprehensive eye examination",
                reason=[cct("Referred by optometrist for raised IOP and disc cupping")])
    poag = c.condition(icd("H40.1131", "Primary open-angle glaucoma, bilateral, mild stage"), "2026-09-21", asserter="gl", encounter=e0)
    for eye, p in [("OD", 26), ("OS", 24)]:
        iop(c, "2026-09-21", eye, p, e0)
    for eye in ["OD", "OS"]:
        va(c, "2026-09-21", eye, 0.0, "20/20", e0)
    vf_md(c, "2026-09-21", "OD", -2.8, e0, flag="A", note="Early superior arcuate defect")
    vf_md(c, "2026-09-21", "OS", -1.9, e0, flag="N")
    c.report(cpt("92133", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, optic nerve", "OCT RNFL OU"),
             "2026-09-21", conclusion="Inferior RNFL thinning OD (borderline OS). C/D 0.7 OD, 0.6 OS.", category=OPH, encounter=e0)
    c.obs(ccm((LOC, "CCT", "Central corneal thickness (pachymetry)"), text="Central corneal thickness OD"), "2026-09-21",
          category="exam", value=548, unit="um", ucum="um", body_site=RIGHT, encounter=e0)
    c.med_request(rx("43611", "latanoprost", "Latanoprost 0.005% ophthalmic solution"), "2026-09-21", "1 drop both eyes at bedtime",
                  reason_ref=[poag], requester="gl")
    e1 = clinic(c, "2026-11-02", "gl")
    for eye, p in [("OD", 17), ("OS", 16)]:
        iop(c, "2026-11-02", eye, p, e1)
    c.qr("https://fhir.lakeshore-eye.example.org/Questionnaire/glaucoma-intake|1.3", "2026-11-02", [
        {"linkId": "drops", "text": "Are you able to put in your eye drops every day?",
         "answer": [{"valueCoding": {"system": LOINC, "code": "LA33-6", "display": "Yes"}}]},
        {"linkId": "side-effects", "text": "Any side effects from your drops?", "answer": [{"valueString": "Slight redness the first week"}]},
        {"linkId": "understand", "text": "Do you understand your diagnosis and treatment plan?",
         "answer": [{"valueCoding": {"system": LOINC, "code": "LA33-6", "display": "Yes"}}]},
        {"linkId": "second-opinion", "text": "Would you like a second opinion from another glaucoma specialist?",
         "answer": [{"valueCoding": {"system": LOINC, "code": "LA32-8", "display": "No"}}]},
        {"linkId": "comments", "text": "Anything else you want us to know?",
         "answer": [{"valueString": "Dr. Nguyen explained everything clearly. Happy with the plan."}]},
    ], encounter=e1)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-08-14", 92, "mg/dL", 70, 99)
    c.bp("2026-11-02", 122, 78, encounter=e1)
    c.note("2026-11-02", "Glaucoma clinic note",
           "Mild POAG OU. On latanoprost qhs, IOP 26/24 -> 17/16 (target <19). Tolerating well. Repeat VF and OCT in 4 months.",
           author="gl", encounter=e1)
    return c


def eye_glaucoma_progress(cid):
    c = Case(cid, "EYE", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
             "Right-eye visual-field mean deviation fell -4.1 -> -5.6 -> -7.0 -> -8.3 dB between November 2025 and November 2026 (four fields, 12 months) while latanoprost and timolol were used throughout and brimonidine was added in May; progression far beyond the usual 1 dB/year threshold.",
             "66-year-old man with POAG, right visual field MD -4.1 -> -8.3 dB over 12 months on maximal drops")
    c.setup("Washington", "Curtis", "male", "1960-06-04", "LEI-280143", {
        "gl": ("Nguyen", "Thomas", "Dr.", "MD, Glaucoma Service"),
    }, "GLH-650017823")
    poag = c.condition(icd("H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage"), "2021-03-15", asserter="gl")
    dm = c.condition(icd("E11.9", "Type 2 diabetes mellitus without complications"), "2016-01-01")
    c.med_request(rx("43611", "latanoprost", "Latanoprost 0.005% ophthalmic solution"), "2021-03-15", "1 drop both eyes at bedtime",
                  reason_ref=[poag], requester="gl", start="2021-03-15")
    c.med_request(rx("10600", "timolol", "Timolol 0.5% ophthalmic solution"), "2023-06-12", "1 drop both eyes twice daily",
                  reason_ref=[poag], requester="gl", start="2023-06-12")
    c.med_request(rx(None, None, "Brimonidine 0.2% ophthalmic solution"), "2026-05-11", "1 drop both eyes three times daily",
                  reason_ref=[poag], requester="gl", start="2026-05-11")
    c.med_statement(rx("43611", "latanoprost", "Latanoprost 0.005% ophthalmic solution"), "2021-03-15", asserted="2026-11-16",
                    note="Adherence confirmed: refill history complete; observed drop technique adequate.")
    series = [("2025-11-17", -4.1, 18, 16), ("2026-03-16", -5.6, 17, 16), ("2026-07-13", -7.0, 16, 15), ("2026-11-16", -8.3, 17, 15)]
    for d, md, iod, ios in series:
        e = clinic(c, d, "gl")
        vf_md(c, d, "OD", md, e, flag="A")
        iop(c, d, "OD", iod, e)
        iop(c, d, "OS", ios, e)
        last = e
    vf_md(c, "2026-11-16", "OS", -3.2, last, flag="A", note="Stable OS")
    c.report(cpt("92133", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, optic nerve", "OCT RNFL OU"),
             "2026-11-16", conclusion="Average RNFL OD 64 um (72 um in 11/2025), new inferotemporal thinning; OS 78 um stable.",
             category=OPH, encounter=last)
    c.report(cpt("92083", "Visual field examination, unilateral or bilateral, with interpretation and report; extended examination",
                 "Humphrey 24-2 guided progression analysis OD"), "2026-11-16",
             conclusion="GPA: likely progression OD; MD slope -4.2 dB/year (p<1%). Dense superior arcuate now approaching fixation.",
             category=OPH, encounter=last)
    va(c, "2026-11-16", "OD", 0.1, "20/25", last)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-09-30", 6.8, "%", 4.0, 5.6)
    c.med_request(rx("6809", "metformin", "Metformin 500 mg tablet"), "2016-01-01", "1 tablet twice daily", reason_ref=[dm])
    c.note("2026-11-16", "Glaucoma clinic note",
           "POAG OU. Despite maximal tolerated drops (latanoprost, timolol, brimonidine added 05/2026) with good adherence and IOP 16-18 OD, "
           "the right field continues to worsen: MD -4.1 -> -8.3 dB over 12 months, RNFL thinning. Progressing despite treatment.",
           author="gl", encounter=last)
    return c


def eye_nmosd(cid):
    c = Case(cid, "EYE", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
             "AQP4-IgG-positive neuromyelitis optica spectrum disorder (G36.0), a rare disease, with two optic neuritis attacks; stable on inebilizumab maintenance.",
             "35-year-old woman with AQP4-positive NMOSD after two optic neuritis attacks, on maintenance therapy")
    c.setup("Mensah", "Abena", "female", "1991-09-12", "LEI-299876", {
        "no": ("Chen", "Rebecca", "Dr.", "MD, Neuro-ophthalmology"),
        "neu": ("Fischer", "Paul", "Dr.", "MD, Neuroimmunology"),
    }, "GLH-901122054")
    nmo = c.condition(icd("G36.0", "Neuromyelitis optica [Devic]"), "2025-06-20", asserter="neu",
                      note="AQP4-IgG positive (cell-based assay). Attacks: ON OS 06/2025, ON OD 03/2026.")
    c.condition(icd("H46.9", "Unspecified optic neuritis"), "2026-03-02", clinical="resolved", abatement="2026-05-15",
                note="Second attack, right eye, treated with IV methylprednisolone and plasma exchange")
    lab(c, "AQP4", "Aquaporin-4 IgG (cell-based assay)", "2025-06-24", None, None, None, flag="POS",
          cc_value=ccm((SCT, "10828004", "Positive"), text="Positive, titre 1:320"))
    lab(c, "MOG", "MOG IgG (cell-based assay)", "2025-06-24", None, None, None, flag="NEG",
          cc_value=ccm((SCT, "260385009", "Negative"), text="Negative"))
    c.report(cpt("70543", "Magnetic resonance imaging, orbit, face, and/or neck; without contrast material(s), followed by contrast material(s) and further sequences",
                 "MRI orbits with and without contrast"), "2026-03-03",
             conclusion="Long-segment enhancement of the right intraorbital and canalicular optic nerve extending toward the chiasm.",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))
    mr = c.med_request(rx(None, None, "Inebilizumab-cdon 300 mg IV"), "2026-04-06", "300 mg IV day 1 and 15, then every 6 months",
                       reason_ref=[nmo], requester="neu", start="2026-04-06")
    for d in ["2026-04-06", "2026-04-20", "2026-10-19"]:
        c.med_admin(rx(None, None, "Inebilizumab-cdon 300 mg IV"), d, "300 mg IV infusion", request=mr, performer="neu")
    for d, od, os_, odsn, ossn in [("2026-05-18", 0.3, 0.2, "20/40", "20/32"), ("2026-11-16", 0.2, 0.2, "20/32", "20/32")]:
        e = clinic(c, d, "no")
        va(c, d, "OD", od, odsn, e)
        va(c, d, "OS", os_, ossn, e)
        last = e
    vf_md(c, "2026-11-16", "OD", -6.2, last, flag="A", note="Residual central depression, stable vs 05/2026")
    vf_md(c, "2026-11-16", "OS", -4.0, last, flag="A")
    c.report(cpt("92133", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, optic nerve", "OCT RNFL / GCL OU"),
             "2026-11-16", conclusion="Diffuse RNFL thinning OU (OD 61 um, OS 66 um), stable since 05/2026.", category=OPH, encounter=last)
    c.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", "2026-10-19", 3.9, "10*3/uL", 1.8, 7.5, ucum="10*3/uL")
    c.lab("2465-3", "IgG [Mass/volume] in Serum", "2026-10-19", 820, "mg/dL", 700, 1600)
    c.note("2026-11-16", "Neuro-ophthalmology progress note",
           "AQP4+ NMOSD, two attacks of optic neuritis (OS 2025, OD 2026). On inebilizumab since 04/2026, no relapse. "
           "Vision stable 20/32 OU, fields and OCT stable. Co-managed with neuroimmunology.", author="no", encounter=last)
    return c


def eye_eye_only_many(cid):
    c = Case(cid, "EYE", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
             "Six chronic conditions are active, but five are ophthalmic (glaucoma, cataract, dry eye, macular drusen, myopia) and the sixth is hypertension, so only two specialties are involved; none is rare and all are stable.",
             "74-year-old woman with five stable eye conditions plus hypertension")
    c.setup("Sullivan", "Patricia", "female", "1952-04-21", "LEI-276544", {
        "gl": ("Nguyen", "Thomas", "Dr.", "MD, Glaucoma Service"),
    }, "MCR-7PQ2RT8XH40")
    poag = c.condition(icd("H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage"), "2017-05-01", asserter="gl")
    c.condition(icd("H25.13", "Age-related nuclear cataract, bilateral"), "2021-01-01", asserter="gl")
    dry = c.condition(icd("H04.123", "Dry eye syndrome of bilateral lacrimal glands"), "2019-01-01", asserter="gl")
    c.condition(icd("H35.363", "Drusen (degenerative) of macula, bilateral"), "2020-06-01", asserter="gl")
    c.condition(icd("H52.13", "Myopia, bilateral"), "1970-01-01")
    htn = c.condition(icd("I10", "Essential (primary) hypertension"), "2009-01-01")
    c.med_request(rx("43611", "latanoprost", "Latanoprost 0.005% ophthalmic solution"), "2017-05-01", "1 drop both eyes at bedtime",
                  reason_ref=[poag], requester="gl")
    c.med_request(rx(None, None, "Preservative-free artificial tears"), "2019-01-01", "1 drop both eyes four times daily",
                  reason_ref=[dry], requester="gl")
    c.med_request(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2009-01-01", "1 tablet daily", reason_ref=[htn])
    for d, md in [("2025-11-10", -6.1), ("2026-05-11", -6.3), ("2026-11-09", -6.0)]:
        e = clinic(c, d, "gl")
        vf_md(c, d, "OD", md, e, flag="A")
        vf_md(c, d, "OS", md + 1.2, e, flag="A")
        iop(c, d, "OD", 15, e)
        iop(c, d, "OS", 14, e)
        last = e
    va(c, "2026-11-09", "OD", 0.2, "20/32", last)
    va(c, "2026-11-09", "OS", 0.1, "20/25", last)
    c.report(cpt("92133", "Scanning computerized ophthalmic diagnostic imaging, posterior segment, optic nerve", "OCT RNFL OU"),
             "2026-11-09", conclusion="RNFL OD 68 um, OS 74 um; no change over 2 years.", category=OPH, encounter=last)
    c.bp("2026-11-09", 136, 80, encounter=last)
    c.note("2026-11-09", "Glaucoma clinic note",
           "Moderate POAG OU stable on latanoprost (fields and RNFL unchanged for 2 years, IOP 14-15). Nuclear cataract not yet visually significant. "
           "Dry eye controlled with tears; small macular drusen unchanged. BP managed by PCP.", author="gl", encounter=last)
    return c


CASES = [eye_diplopia, eye_dry_eye_mismatch, eye_macular_hole, eye_yag_minor, eye_ga_untreatable,
         eye_vfq_small_drop, eye_question_no, eye_glaucoma_progress, eye_nmosd, eye_eye_only_many]
