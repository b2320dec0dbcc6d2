"""Organisation 4: Lakeshore Dermatology & Skin Cancer Center (Cleveland, Ohio, USA).

ICD-10-CM diagnoses, CPT/HCPCS procedures, RxNorm medications, LOINC labs in US units, dermatopathology reports,
melanoma staging (AJCC 8th), Mohs / wide excisions, systemic therapy for psoriasis and eczema, PASI/EASI/DLQI.
"""
from fhirkit import (US, ICD10CM, CPT, RXNORM, SCT, LOINC, FLAGCAT, COMMCAT, cc, cct, coding, qty, ref)

HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOCAL = "https://fhir.lakeshorederm.example/CodeSystem/derm-local"
MRN = "https://fhir.lakeshorederm.example/Id/mrn"
OFFICE = cc((LOINC, "34108-1", "Outpatient Note"), text="Office visit note")
PROGRESS = cc((LOINC, "11506-3", "Progress note"))
CONSULT = cc((LOINC, "11488-4", "Consult note"))
PATH = cc((LOINC, "60567-5", "Comprehensive pathology report panel"), text="Dermatopathology report")
DLQI = cc((LOCAL, "DLQI", "Dermatology Life Quality Index total score (0-30)"), text="DLQI")
PASI = cc((LOCAL, "PASI", "Psoriasis Area and Severity Index"), text="PASI")
EASI = cc((LOCAL, "EASI", "Eczema Area and Severity Index"), text="EASI")
BSA = cc((LOCAL, "BSA", "Body surface area involved (%)"), text="BSA involved")


def icd(code, display):
    return cc((ICD10CM, code, display), text=display)


def rx(name, rxcui=None, ingredient=None):
    if rxcui:
        return cc((RXNORM, rxcui, ingredient or name), text=name)
    return cct(name)


def cpt(code, display, text=None):
    return cc((CPT, code, display), text=text or display)


def visit(c, date, code, prac, reason=None, type_text="Office visit", time="09:00", org="hosp"):
    return c.encounter(date, "AMB", type_cc=cc((CPT, code, {"99203": "Office or other outpatient visit for the evaluation and management of a new patient, low",
                                                             "99204": "Office or other outpatient visit for the evaluation and management of a new patient, moderate",
                                                             "99213": "Office or other outpatient visit for the evaluation and management of an established patient, low",
                                                             "99214": "Office or other outpatient visit for the evaluation and management of an established patient, moderate",
                                                             "99215": "Office or other outpatient visit for the evaluation and management of an established patient, high"}[code]),
                                                 text=type_text),
                       reason=reason, prac=prac, time=time, org=org)


def base(c, given, family, gender, birth, mrn, phone, street, city, postal, payer="commercial", member=None, marital=None):
    c.organization("hosp")
    c.patient(given, family, gender, birth,
              identifiers=[{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                            "system": MRN, "value": mrn}],
              phone=phone, address={"line": [street], "city": city, "state": "OH", "postalCode": postal, "country": "US"},
              lang=[("en-US", "English (United States)")], marital=marital)
    if payer == "commercial":
        c.coverage("commercial", cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PPO", "preferred provider organization policy"),
                                    text="Buckeye Mutual PPO"), subscriber_id=member, start="2024-01-01",
                   cls=[{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "group", "Group")), "value": "BM-44017", "name": "Employer group"}])
    else:
        c.coverage("medicare", cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="Medicare Part A and B"),
                   subscriber_id=member, start="2003-02-01")


MARRIED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", "Married"))
SINGLE = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "S", "Never Married"))
WIDOWED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "W", "Widowed"))


# --------------------------------------------------------------------------------------------
def us_scabies(c):
    """PSNW near miss: 5 months of itch with normal labs and a non-specific biopsy - then explained by scabies, treated, resolved."""
    base(c, ["Kevin", "Michael"], "O'Brien", "male", "1985-02-11", "LDS-2204871", "+1 216-555-0318", "1472 West 65th Street", "Cleveland", "44102",
         member="BMH881204377", marital=MARRIED)
    c.organization("pcp")
    pr = c.condition(icd("L29.9", "Pruritus, unspecified"), onset="2026-06", recorded="2026-06-30", recorder="pcp", clinical="resolved",
                     abatement="2026-11-18", note="Generalized itch, worse at night.")
    e0 = c.encounter("2026-06-30", "AMB", "Primary care visit", reason=[pr_cc := cc((SCT, "418290006", "Itching"), text="Itching")], prac="pcp", org="pcp")
    c.labs("2026-06-30", e0, [("wbc", 7.1), ("hb", 15.2), ("plt", 244), ("creat", 0.9), ("alt", 24), ("tsh", 1.6), ("ferritin", 110), ("glucose", 91)],
           performer="pcp")
    e1 = visit(c, "2026-07-08", "99204", "derm3", reason=[pr_cc], type_text="New patient dermatology visit")
    c.obs(pr_cc, "2026-07-08", e1, "exam", "Excoriated papules on trunk, arms and waistband; itch 8/10, worse at night", performer="derm3")
    c.medrx(rx("triamcinolone acetonide 0.1% topical cream", "10759", "triamcinolone"), "2026-07-08", "Apply thin layer twice daily to itchy areas for 2 weeks",
            requester="derm3", reason_ref=[pr])
    c.medrx(rx("hydroxyzine hydrochloride 25 mg oral tablet", "5553", "hydroxyzine"), "2026-07-08", "1 tablet by mouth at bedtime as needed for itch",
            requester="derm3", reason_ref=[pr])
    e2 = visit(c, "2026-08-19", "99213", "derm3", reason=[pr_cc])
    c.obs(pr_cc, "2026-08-19", e2, "exam", "Persistent pruritic papules, no improvement with topical steroid", performer="derm3")
    bx = c.proc(cpt("11104", "Punch biopsy of skin (including simple closure, when performed); single lesion"), "completed", "2026-08-19T10:20:00-05:00",
                reason_ref=[pr], performer=["derm3"], enc=e2, body_site=[cct("Left flank")])
    c.report(PATH, "2026-08-19", [], "Spongiotic dermatitis with scattered eosinophils. Non-specific; differential includes arthropod bite reaction, "
             "drug eruption and eczematous dermatitis. PAS negative for fungi.", category=("SP", "Surgical Pathology"), performer="dermpath",
             org_perf="lab", issued_date="2026-08-25")
    e3 = visit(c, "2026-09-30", "99213", "pa", reason=[pr_cc])
    c.obs(pr_cc, "2026-09-30", e3, "exam", "Itch unchanged, 3 months; wife now also itchy", performer="pa")
    e4 = visit(c, "2026-10-28", "99214", "derm1", reason=[pr_cc])
    c.obs(cc((LOCAL, "DERMOSCOPY", "Dermoscopy findings"), text="Dermoscopy"), "2026-10-28", e4, "exam",
          "Burrows in finger web spaces and wrists with 'delta-wing jet' sign", performer="derm1")
    prep = c.obs(cpt("87220", "Tissue examination by KOH slide of samples from skin, hair, or nails for fungi or ectoparasite ova or mites (eg, scabies)"),
                 "2026-10-28", e4, "laboratory", cc((SCT, "10828004", "Positive")), interp="POS",
                 note="Mineral oil scraping: Sarcoptes scabiei mite, eggs and scybala seen.", performer="derm1")
    sc = c.condition(icd("B86", "Scabies"), onset="2026-06", recorded="2026-10-28", recorder="derm1", enc=e4, clinical="resolved",
                     abatement="2026-11-18", evidence=[{"detail": [ref(prep)]}])
    c.medrx(rx("permethrin 5% topical cream", "8117", "permethrin"), "2026-10-28", "Apply from neck down overnight, wash off after 8-14 hours; repeat in 7 days",
            requester="derm1", reason_ref=[sc], status="completed")
    c.note("Dermatology visit", "2026-10-28",
           "41M with 5 months of nocturnal generalized pruritus, normal CBC/CMP/TSH/ferritin, punch biopsy non-specific spongiotic dermatitis. "
           "Wife now symptomatic. Dermoscopy shows burrows; scraping positive for mites. Dx: scabies - accounts for the whole presentation. "
           "Permethrin x2 doses 1 week apart for patient and household contacts, launder bedding. Expect post-scabetic itch for 2-4 weeks.",
           author="derm1", type_cc=OFFICE, enc=e4)
    e5 = visit(c, "2026-11-18", "99213", "derm1", reason=[cc((ICD10CM, "B86", "Scabies"))])
    c.note("Dermatology follow-up", "2026-11-18", "Itch 1/10 and fading, no new burrows, repeat scraping negative. Scabies treated and resolved; wife also clear. "
           "Discharged to PCP, return as needed.", author="derm1", type_cc=OFFICE, enc=e5)


# --------------------------------------------------------------------------------------------
def us_psoriasis_relabel(c):
    """DSM near miss: 'dermatitis, unspecified' for 8 weeks, replaced by biopsy-proven psoriasis which explains everything and is responding."""
    base(c, ["Jennifer", "Lynn"], "Kowalski", "female", "1991-08-07", "LDS-3318820", "+1 440-555-0142", "2281 Elbur Avenue", "Lakewood", "44107",
         member="BMH770918265", marital=MARRIED)
    e1 = visit(c, "2026-02-10", "99203", "pa", reason=[cct("Itchy scaly patches elbows, knees and scalp")], type_text="New patient dermatology visit")
    derm = c.condition(icd("L30.9", "Dermatitis, unspecified"), onset="2025-08", recorded="2026-02-10", recorder="pa", enc=e1,
                       verification="refuted", clinical="resolved", abatement="2026-04-07", category="encounter-diagnosis",
                       note="Working diagnosis; superseded by biopsy-proven psoriasis 2026-04-07.")
    c.medrx(rx("hydrocortisone 2.5% topical cream", "5492", "hydrocortisone"), "2026-02-10", "Apply twice daily for 2 weeks", requester="pa",
            reason_ref=[derm], status="stopped")
    c.medrx(rx("ketoconazole 2% shampoo", "6135", "ketoconazole"), "2026-02-10", "Use twice weekly", requester="pa", reason_ref=[derm], status="stopped")
    e2 = visit(c, "2026-03-24", "99213", "derm1", reason=[cc((ICD10CM, "L30.9", "Dermatitis, unspecified"))])
    c.obs(cc((LOCAL, "NAIL-EXAM", "Nail examination"), text="Nail examination"), "2026-03-24", e2, "exam", "Pitting of 4 fingernails, onycholysis right index",
          performer="derm1")
    c.proc(cpt("11104", "Punch biopsy of skin (including simple closure, when performed); single lesion"), "completed", "2026-03-24T11:00:00-05:00",
           reason_ref=[derm], performer=["derm1"], enc=e2, body_site=[cct("Left elbow")])
    path = c.report(PATH, "2026-03-24", [], "Psoriasiform epidermal hyperplasia with confluent parakeratosis, neutrophils in the stratum corneum "
                    "(Munro microabscesses) and dilated papillary capillaries: psoriasis vulgaris.", category=("SP", "Surgical Pathology"),
                    performer="dermpath", org_perf="lab", issued_date="2026-03-30")
    e3 = visit(c, "2026-04-07", "99214", "derm1", reason=[cct("Biopsy results")])
    ps = c.condition(icd("L40.0", "Psoriasis vulgaris"), onset="2025-08", recorded="2026-04-07", recorder="derm1", enc=e3,
                     evidence=[{"detail": [ref(path)]}], note="Plaque psoriasis with nail involvement; no psoriatic arthritis symptoms (PEST 0).")
    for d, pasi, bsa, dlqi, e in [("2026-04-07", 6.2, 4, 9, e3)]:
        c.score(PASI, qty(pasi, "{score}", "{score}"), d, e, performer="derm1", category="exam")
        c.score(BSA, qty(bsa, "%", "%"), d, e, performer="derm1", category="exam")
        c.score(DLQI, dlqi, d, e)
    c.medrx(rx("calcipotriene 0.005% / betamethasone dipropionate 0.064% topical foam", None), "2026-04-07", "Apply once daily to plaques for 4 weeks, then weekends",
            requester="derm1", reason_ref=[ps])
    c.medrx(rx("clobetasol propionate 0.05% topical solution", None), "2026-04-07", "Apply to scalp nightly for 2 weeks then twice weekly", requester="derm1",
            reason_ref=[ps])
    c.note("Dermatology visit", "2026-04-07",
           "Biopsy confirms psoriasis vulgaris; this explains the elbow/knee/scalp plaques and nail pitting. Earlier 'dermatitis NOS' label retired. "
           "Mild-moderate disease (PASI 6.2, BSA 4%). Start topical vitamin D/steroid combination.", author="derm1", type_cc=OFFICE, enc=e3)
    for d, pasi, bsa, dlqi in [("2026-07-14", 3.9, 3, 5), ("2026-10-20", 2.8, 2, 3)]:
        e = visit(c, d, "99213", "derm1", reason=[cc((ICD10CM, "L40.0", "Psoriasis vulgaris"))])
        c.score(PASI, qty(pasi, "{score}", "{score}"), d, e, performer="derm1", category="exam")
        c.score(BSA, qty(bsa, "%", "%"), d, e, performer="derm1", category="exam")
        c.score(DLQI, dlqi, d, e)
    c.note("Dermatology follow-up", "2026-10-20", "Psoriasis well controlled on topicals: PASI 2.8, BSA 2%, DLQI 3. Continue weekend maintenance. Return 6 months.",
           author="derm1", type_cc=OFFICE)


# --------------------------------------------------------------------------------------------
def us_naevus_excision(c):
    """MPP near miss: in-office excisional biopsy (2 mm margins, local anesthetic) of an atypical nevus - a minor procedure."""
    base(c, ["Emily", "Rose"], "Thornton", "female", "1997-03-19", "LDS-4410923", "+1 216-555-0977", "3305 Franklin Boulevard, Apt 4", "Cleveland", "44113",
         member="BMH992301184", marital=SINGLE)
    nev = c.condition(icd("D22.5", "Melanocytic nevi of trunk"), onset="2010", recorded="2022-06-14", recorder="derm1", note="Over 60 nevi, several clinically atypical.")
    c.condition(icd("Z80.8", "Family history of malignant neoplasm of other organs or systems"), onset="2019", recorded="2022-06-14", recorder="derm1",
                note="Mother: melanoma at age 52 (2019).")
    c.condition(icd("L70.0", "Acne vulgaris"), onset="2012", recorded="2022-06-14", recorder="derm1")
    e0 = visit(c, "2024-05-21", "99213", "derm1", reason=[cct("Skin check")])
    c.proc(cpt("11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion"), "completed", "2024-05-21T10:00:00-05:00",
           reason_ref=[nev], performer=["derm1"], enc=e0, body_site=[cct("Right lower back")])
    c.report(PATH, "2024-05-21", [], "Compound dysplastic nevus with mild cytologic atypia, margins clear.", category=("SP", "Surgical Pathology"),
             performer="dermpath", org_perf="lab", issued_date="2024-05-28")
    e1 = visit(c, "2026-11-20", "99214", "derm1", reason=[cct("Annual total body skin examination")])
    c.obs(cc((LOCAL, "TBSE", "Total body skin examination"), text="Total body skin examination"), "2026-11-20", e1, "exam",
          "63 nevi. New 7 mm asymmetric, two-toned brown macule left upper back (not present on 2025 total body photography).", performer="derm1")
    dsc = c.obs(cc((LOCAL, "DERMOSCOPY", "Dermoscopy findings"), text="Dermoscopy"), "2026-11-20", e1, "exam",
                "Atypical pigment network with focal regression structures; 7-point checklist score 3", performer="derm1")
    sr = c.sreq(cpt("11402", "Excision, benign lesion including margins, except skin tag (unless listed elsewhere), trunk, arms or legs; excised diameter 1.1 to 2.0 cm",
                    "Excisional biopsy of atypical pigmented lesion, left upper back, 2 mm margins"),
                "active", "order", "2026-11-20", requester="derm1", performer=[c.D("derm1")], occurrence="2026-12-10T13:30:00-05:00",
                reason_ref=[nev], enc=e1, supporting=[dsc], body_site=[cct("Left upper back")],
                category=[cct("In-office minor procedure")],
                patient_instruction="Procedure in clinic under local anesthetic (lidocaine with epinephrine), about 30 minutes. You can drive home. "
                                    "Sutures out in 10-14 days.")
    c.appointment("2026-12-10", "booked", "Excisional biopsy, left upper back (procedure room 2)", "derm1", minutes=30, created="2026-11-20", time="13:30",
                  service_text="Minor dermatologic surgery")
    c.note("Dermatology visit - skin check", "2026-11-20",
           "29F, atypical nevus phenotype, mother with melanoma. New 7 mm lesion left upper back with atypical network and regression on "
           "dermoscopy. Plan: excisional biopsy with 2 mm margins in office under local anesthesia to rule out melanoma (low-moderate suspicion); "
           "further management depends on histology. Sun protection reviewed. Continue adapalene for acne. Total body photography updated.",
           author="derm1", type_cc=OFFICE, enc=e1)
    c.medrx(rx("adapalene 0.1% topical gel", None), "2026-05-12", "Apply thin layer to face nightly", requester="derm1")
    c.medrx(rx("norgestimate 0.25 mg / ethinyl estradiol 0.035 mg oral tablet", None), "2026-01-05", "1 tablet daily", requester="derm1")


# --------------------------------------------------------------------------------------------
def us_cscc_hospice(c):
    """UP positive: recurrent cSCC of scalp invading skull after surgery and radiotherapy; no surgical, radiation or systemic options; hospice."""
    base(c, ["Harold", "Eugene"], "Fitch", "male", "1938-01-23", "LDS-0917734", "+1 440-555-0261", "7740 Brecksville Road", "Independence", "44131",
         payer="medicare", member="1EG4-TE5-MK72", marital=WIDOWED)
    c.organization("hospice")
    scc = c.condition(icd("C44.42", "Squamous cell carcinoma of skin of scalp and neck"), onset="2024-02", recorded="2024-02-27", recorder="derm2",
                      stage=[{"summary": cct("Recurrent, rT4b (invasion of outer table of calvarium), N0 M0 on imaging")}])
    c.condition(icd("I35.0", "Nonrheumatic aortic (valve) stenosis"), onset="2021", recorded="2021-09-10", recorder="pcp",
                note="Severe AS, AVA 0.7 cm2; declined TAVR 2024.")
    c.condition(icd("N18.32", "Chronic kidney disease, stage 3b"), onset="2020", recorded="2020-05-11", recorder="pcp")
    c.condition(icd("G30.9", "Alzheimer's disease, unspecified"), onset="2022", recorded="2022-11-02", recorder="pcp", note="Moderate dementia, MoCA 14 (2025).")
    c.proc(cpt("17311", "Mohs micrographic technique, including removal of all gross tumor, surgical excision of tissue specimens, mapping, color coding of "
                        "specimens, microscopic examination of specimens by the surgeon, and histopathologic preparation; head, neck, hands, feet, genitalia, "
                        "or any location with surgery directly involving muscle, cartilage, bone, tendon, major nerves, or vessels; first stage, up to 5 tissue blocks"),
           "completed", "2024-03-14T08:30:00-05:00", reason_ref=[scc], performer=["derm2"], note="Vertex scalp, 3 stages, clear margins.")
    c.proc(cct("Wide local excision recurrent SCC scalp with split-thickness skin graft, followed by adjuvant radiotherapy 60 Gy/30 fractions"),
           "completed", ("2025-03-04", "2025-05-16"), reason_ref=[scc], performer=["derm2"])
    e1 = visit(c, "2026-08-26", "99215", "derm2", reason=[cct("Enlarging ulcerated scalp mass")])
    c.report(cc((LOCAL, "CT-HEAD", "CT head and neck with contrast"), text="CT head/neck with contrast"), "2026-09-02", [],
             "6.2 cm ulcerated vertex scalp mass with erosion of the outer table of the calvarium, no intracranial extension, no cervical adenopathy.",
             category=("RAD", "Radiology"), org_perf="hosp", enc=e1)
    c.report(PATH, "2026-08-26", [], "Invasive well to moderately differentiated squamous cell carcinoma, recurrent.", category=("SP", "Surgical Pathology"),
             performer="dermpath", org_perf="lab", issued_date="2026-09-01")
    e2 = c.encounter("2026-10-15", "AMB", "Multidisciplinary cutaneous oncology tumor board", reason=[cct("Recurrent cSCC scalp")], prac=["derm2", "onc", "derm1"],
                     time="07:30", end_time="08:30")
    c.impression("2026-10-15", "onc",
                 "Third recurrence of cSCC of the vertex scalp invading the outer calvarium after Mohs (2024) and wide excision with adjuvant 60 Gy (2025). "
                 "Surgery would require composite scalp/calvarial resection with free flap - not an option given severe aortic stenosis and frailty. "
                 "Re-irradiation not feasible (in-field recurrence). Cemiplimab reviewed: ECOG 3, moderate dementia, health care proxy reports he "
                 "would not tolerate infusion visits; not a candidate. No treatment options remain. Recommend hospice with wound and pain management.",
                 problems=[scc], enc=e2, description="Tumor board recommendation", prognosis=[cct("Months")])
    hsr = c.sreq(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to hospice (Medicare hospice benefit)"), "active", "order",
                 "2026-10-16", requester="onc", performer=[c.O("hospice")], reason_ref=[scc], priority="routine")
    c.careplan("Hospice plan of care", "active", "plan", "2026-10-22", author="onc",
               category=[cc((SCT, "385763009", "Hospice care"), text="Hospice care")], addresses=[scc], period={"start": "2026-10-22"},
               description="Comfort care at home with daughter; daily wound care for fungating scalp tumor (odor and bleeding control), pain control. "
                           "No further cancer-directed treatment. DNR.",
               activities=[{"reference": hsr},
                           {"code": cct("Topical metronidazole and hemostatic dressings to scalp wound"), "status": "in-progress"},
                           {"kind": "MedicationRequest", "code": cct("Oxycodone as needed for pain"), "status": "in-progress"}])
    c.note("Tumor board summary and family meeting", "2026-10-16",
           "Family meeting with daughter (health care power of attorney). Explained the tumor board conclusion that there are no remaining "
           "surgical, radiation or drug treatments suitable for her father. She agrees with hospice enrollment at home. DNR confirmed.",
           author="derm2", type_cc=CONSULT, enc=e2)
    c.medrx(rx("oxycodone hydrochloride 5 mg oral tablet", "7804", "oxycodone"), "2026-10-16", "1 tablet by mouth every 6 hours as needed for pain",
            requester="onc", reason_ref=[scc])
    c.medrx(rx("metronidazole 0.75% topical gel", "6922", "metronidazole"), "2026-10-16", "Apply to scalp wound with each dressing change", requester="derm2",
            reason_ref=[scc])
    c.medrx(rx("donepezil hydrochloride 10 mg oral tablet", "135447", "donepezil"), "2026-01-12", "1 tablet by mouth at bedtime", requester="pcp")
    c.related_person(["Carol", "Ann"], "Fitch-Morris", "DAU", "natural daughter", phone="+1 440-555-0288", text="Daughter - health care power of attorney")
    c.vitals("2026-08-26", e1, bp=(112, 60), hr=74, weight=61.0)


# --------------------------------------------------------------------------------------------
def us_psoriasis_mtx_dlqi(c):
    """HIT positive: DLQI 7 -> 16 (MCID 4) after starting methotrexate, because of side effects, although PASI improved."""
    base(c, ["Brian", "Keith"], "Novak", "male", "1980-05-06", "LDS-5521809", "+1 216-555-0440", "1618 Marlowe Avenue", "Lakewood", "44107",
         member="BMH310447712", marital=MARRIED)
    ps = c.condition(icd("L40.0", "Psoriasis vulgaris"), onset="2014", recorded="2019-03-12", recorder="derm1",
                     note="Moderate-severe plaque psoriasis; no psoriatic arthritis.")
    c.condition(icd("E66.9", "Obesity, unspecified"), onset="2015", recorded="2019-03-12", recorder="derm1")
    e1 = visit(c, "2026-07-14", "99214", "derm1", reason=[cc((ICD10CM, "L40.0", "Psoriasis vulgaris"))])
    c.score(PASI, qty(14.2, "{score}", "{score}"), "2026-07-14", e1, performer="derm1", category="exam")
    c.score(BSA, qty(15, "%", "%"), "2026-07-14", e1, performer="derm1", category="exam")
    c.score(DLQI, 7, "2026-07-14", e1, note="Baseline before systemic therapy")
    c.labs("2026-07-14", e1, [("wbc", 7.4), ("hb", 15.0), ("plt", 262), ("alt", 28), ("ast", 24), ("creat", 1.0), ("alb", 4.4)], performer="lab")
    c.obs(cc((LOCAL, "IGRA", "Interferon-gamma release assay (QuantiFERON-TB Gold Plus)"), text="QuantiFERON-TB Gold Plus"), "2026-07-14", e1,
          "laboratory", cc((SCT, "260385009", "Negative")), interp="NEG")
    mtx = c.medrx(rx("methotrexate 2.5 mg oral tablet", "6851", "methotrexate"), "2026-07-14", "15 mg (6 tablets) by mouth once weekly on Mondays",
                  requester="derm1", reason_ref=[ps])
    c.medrx(rx("folic acid 1 mg oral tablet", "4511", "folic acid"), "2026-07-14", "1 tablet by mouth daily except Mondays", requester="derm1")
    c.medstmt(rx("methotrexate 2.5 mg oral tablet", "6851", "methotrexate"), "active", start="2026-07-20", asserted="2026-10-20", reason_ref=[ps],
              based_on=[mtx], dosage="15 mg weekly", note="Taken every Monday since 20 July; no missed doses.")
    e2 = visit(c, "2026-10-20", "99214", "derm1", reason=[cc((ICD10CM, "L40.0", "Psoriasis vulgaris"))])
    c.score(PASI, qty(8.0, "{score}", "{score}"), "2026-10-20", e2, performer="derm1", category="exam")
    c.score(BSA, qty(8, "%", "%"), "2026-10-20", e2, performer="derm1", category="exam")
    c.score(DLQI, 16, "2026-10-20", e2, note="Items on treatment burden, work and daily activities scored 'very much'")
    c.labs("2026-10-19", e2, [("wbc", 5.9), ("hb", 14.6), ("plt", 231), ("alt", 62), ("ast", 45), ("creat", 1.0)], performer="lab")
    c.note("Dermatology follow-up", "2026-10-20",
           "Methotrexate 15 mg weekly since 20 July. Skin better (PASI 14.2 -> 8.0) but quality of life much worse: DLQI 7 before treatment, "
           "now 16. Nausea and exhaustion for 2 days after every dose, recurrent mouth ulcers, has missed 6 days of work as an electrician, "
           "stopped coaching his son's hockey team. Says 'the treatment is worse than the psoriasis'. ALT 62.\n"
           "Plan: reduce to 12.5 mg, switch to subcutaneous, folic acid daily; discuss biologic if not tolerable in 6 weeks.",
           author="derm1", type_cc=OFFICE, enc=e2)
    c.medrx(rx("ondansetron 4 mg oral tablet", "26225", "ondansetron"), "2026-10-20", "1 tablet by mouth the morning after methotrexate as needed for nausea",
            requester="derm1")


# --------------------------------------------------------------------------------------------
def us_eczema_dupi_dlqi(c):
    """HIT near miss: DLQI 12 -> 14 on dupilumab (change 2, below MCID 4) while EASI halves; dupilumab not a high-impact treatment."""
    base(c, ["Aaliyah", "Denise"], "Carter", "female", "1993-10-14", "LDS-6630277", "+1 216-555-0719", "10911 Wade Park Avenue", "Cleveland", "44106",
         member="BMH556103982", marital=SINGLE)
    ad = c.condition(icd("L20.89", "Other atopic dermatitis"), onset="1996", recorded="2020-04-02", recorder="derm3",
                     note="Moderate-severe adult atopic dermatitis; failed topical steroids, tacrolimus and narrowband UVB (2024).")
    c.condition(icd("J45.20", "Mild intermittent asthma, uncomplicated"), onset="2000", recorded="2020-04-02", recorder="derm3")
    c.condition(icd("J30.2", "Other seasonal allergic rhinitis"), onset="2005", recorded="2020-04-02", recorder="derm3")
    e1 = visit(c, "2026-07-29", "99214", "derm3", reason=[cc((ICD10CM, "L20.89", "Other atopic dermatitis"))])
    c.score(EASI, qty(21.0, "{score}", "{score}"), "2026-07-29", e1, performer="derm3", category="exam")
    c.score(DLQI, 12, "2026-07-29", e1)
    c.score(cc((LOCAL, "PP-NRS", "Peak pruritus numerical rating scale (0-10)"), text="Peak pruritus NRS"), 8, "2026-07-29", e1)
    dup = c.medrx(rx("dupilumab 300 mg/2 mL prefilled pen", "1876376", "dupilumab"), "2026-07-29",
                  "600 mg subcutaneously on day 1, then 300 mg every 2 weeks", requester="derm3", reason_ref=[ad])
    c.medadmin(rx("dupilumab 300 mg/2 mL prefilled pen", "1876376", "dupilumab"), "2026-08-05", dose=qty(600, "mg", "mg"),
               route=cc((SCT, "34206005", "Subcutaneous route")), request=dup, performer="pa", reason_ref=[ad],
               note="Loading dose given in clinic with injection teaching.")
    c.medstmt(rx("dupilumab 300 mg/2 mL prefilled pen", "1876376", "dupilumab"), "active", start="2026-08-05", asserted="2026-10-28", reason_ref=[ad],
              based_on=[dup], dosage="300 mg SC every 2 weeks (self-injected)")
    e2 = visit(c, "2026-10-28", "99214", "derm3", reason=[cc((ICD10CM, "L20.89", "Other atopic dermatitis"))])
    c.score(EASI, qty(10.5, "{score}", "{score}"), "2026-10-28", e2, performer="derm3", category="exam")
    c.score(DLQI, 14, "2026-10-28", e2)
    c.score(cc((LOCAL, "PP-NRS", "Peak pruritus numerical rating scale (0-10)"), text="Peak pruritus NRS"), 4, "2026-10-28", e2)
    conj = c.condition(icd("H10.33", "Unspecified acute conjunctivitis, bilateral"), onset="2026-09", recorded="2026-10-28", recorder="derm3", enc=e2,
                       category="encounter-diagnosis", note="Dupilumab-associated conjunctivitis, mild.")
    c.medrx(rx("carboxymethylcellulose 0.5% ophthalmic solution", None), "2026-10-28", "1 drop each eye four times daily", requester="derm3",
            reason_ref=[conj])
    c.note("Dermatology follow-up", "2026-10-28",
           "12 weeks on dupilumab. EASI 21 -> 10.5, itch NRS 8 -> 4, sleeping through most nights. Mild bilateral conjunctivitis and facial "
           "redness; DLQI 14 vs 12 at baseline (within day-to-day variation; she is also moving house). Continue dupilumab, lubricating drops, "
           "ophthalmology if eyes not better in 4 weeks.", author="derm3", type_cc=OFFICE, enc=e2)
    c.medrx(rx("tacrolimus 0.1% topical ointment", "42316", "tacrolimus"), "2026-07-29", "Apply to face and neck twice daily as needed", requester="derm3",
            reason_ref=[ad])
    c.medrx(rx("albuterol 90 mcg/actuation inhaler", "435", "albuterol"), "2026-03-02", "2 puffs every 4-6 hours as needed", requester="derm3")


# --------------------------------------------------------------------------------------------
def us_hairloss_flag(c):
    """PRC positive: patient asks at the front desk for a second opinion on her hair loss; Flag authored by the patient."""
    base(c, ["Natalie", "Grace"], "Simmons", "female", "1988-04-09", "LDS-7012256", "+1 440-555-0530", "19214 Lake Avenue", "Rocky River", "44116",
         member="BMH204887351", marital=MARRIED)
    e1 = visit(c, "2026-05-13", "99204", "derm3", reason=[cc((SCT, "278040002", "Loss of hair"), text="Hair shedding")], type_text="New patient dermatology visit")
    te = c.condition(icd("L65.0", "Telogen effluvium"), onset="2026-01", recorded="2026-05-13", recorder="derm3", enc=e1,
                     note="Diffuse shedding starting ~3 months after influenza A with high fever in January 2026. Hair pull positive (8 hairs).")
    c.labs("2026-05-13", e1, [("ferritin", 42), ("tsh", 2.0), ("hb", 13.1), ("vitd", 24)], performer="lab")
    c.obs(cc((LOCAL, "TRICHOSCOPY", "Trichoscopy findings"), text="Trichoscopy"), "2026-05-13", e1, "exam",
          "Empty follicles and short regrowing hairs; hair shaft diameter variability <20%", performer="derm3")
    c.medrx(rx("cholecalciferol 2000 unit oral capsule", "2418", "cholecalciferol"), "2026-05-13", "1 capsule by mouth daily", requester="derm3")
    e2 = visit(c, "2026-08-12", "99213", "derm3", reason=[cc((ICD10CM, "L65.0", "Telogen effluvium"))])
    c.obs(cc((SCT, "278040002", "Loss of hair"), text="Hair shedding"), "2026-08-12", e2, "exam", "Ongoing shedding, hair pull 6 hairs", performer="derm3")
    c.note("Dermatology follow-up", "2026-08-12", "TE continuing. Reassured that shedding usually settles within 6-9 months of the trigger. Gentle hair care. "
           "Return 3 months.", author="derm3", type_cc=OFFICE, enc=e2)
    e3 = visit(c, "2026-11-04", "99213", "derm3", reason=[cc((ICD10CM, "L65.0", "Telogen effluvium"))])
    c.obs(cc((SCT, "278040002", "Loss of hair"), text="Hair shedding"), "2026-11-04", e3, "exam",
          "Patient reports widening part and less volume at crown; hair pull 4 hairs; she brought photos", performer="derm3")
    c.note("Dermatology follow-up", "2026-11-04",
           "Shedding persists 10 months after trigger - likely chronic TE. Patient concerned about widening part line and asks about female "
           "pattern hair loss and a scalp biopsy; I reassured her that this is still shedding and a biopsy is not needed at this point. "
           "Patient tearful, feels her concerns are not being taken seriously. Continue observation, review in 4 months.",
           author="derm3", type_cc=OFFICE, enc=e3)
    c.flag(cc((LOCAL, "PT-REQ-2ND-OP", "Patient request: second opinion"),
              text="Patient requests a second opinion from a different dermatologist about her hair loss diagnosis"),
           "2026-11-05", c.P(), category=[cc((FLAGCAT, "admin", "Administrative"))])
    c.note("Front desk call log", "2026-11-05T15:12:00-05:00",
           "Patient called: 'I don't feel listened to about my hair. I want to see a different dermatologist for a second opinion, not Dr. Mehta.' "
           "Request flagged on chart per patient; message sent to practice manager to schedule with another provider.",
           author="ma", type_cc=cc((LOINC, "34109-9", "Note"), text="Telephone encounter note"))


# --------------------------------------------------------------------------------------------
def us_melanoma_second(c):
    """PRC near miss: stage IB melanoma; the patient's request for a pathology second opinion was fulfilled (concordant) before wide excision + SLNB."""
    base(c, ["Robert", "Allen"], "Hughes", "male", "1969-09-15", "LDS-1183460", "+1 440-555-0814", "5120 Detroit Road", "Sheffield Village", "44054",
         member="BMH118722503", marital=MARRIED)
    c.organization("ext")
    e1 = visit(c, "2026-04-15", "99214", "derm1", reason=[cct("Changing mole on back")])
    bx = c.proc(cpt("11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion"), "completed", "2026-04-15T10:40:00-05:00",
                performer=["derm1"], enc=e1, body_site=[cct("Left upper back")])
    p1 = c.report(PATH, "2026-04-15", [], "Invasive melanoma, superficial spreading type. Breslow thickness 1.1 mm, no ulceration, mitoses 2/mm2, "
                  "Clark level IV, no LVI. Deep margin involved. pT2a.", category=("SP", "Surgical Pathology"), performer="dermpath", org_perf="lab",
                  issued_date="2026-04-22")
    mel = c.condition(icd("C43.59", "Malignant melanoma of other part of trunk"), onset="2026-04", recorded="2026-04-22", recorder="derm1",
                      stage=[{"summary": cct("AJCC 8th: pT2a pN0(sn) M0 - stage IB")}], evidence=[{"detail": [ref(p1)]}])
    req = c.comm("2026-04-30T21:05:00-05:00", c.P(), [c.D("derm1")],
                 ["Dr. Chen, before I have the bigger surgery I would like a second opinion on my biopsy from another pathologist or a melanoma "
                  "center, just to be sure about the thickness. Can you send the slides? Thanks, Rob Hughes"], topic="Second opinion on biopsy")
    c.sreq(cpt("88321", "Consultation and report on referred slides prepared elsewhere"), "completed", "order", "2026-05-01", requester="derm1",
           performer=[c.O("ext")], reason_ref=[mel], note="Patient-requested second opinion on melanoma biopsy slides.")
    c.report(cc((CPT, "88321", "Consultation and report on referred slides prepared elsewhere"), text="Outside dermatopathology consultation (second opinion)"),
             "2026-05-12", [], "Second opinion: agree with invasive melanoma, superficial spreading type, Breslow 1.1 mm, non-ulcerated (pT2a). "
             "Concordant with the original report.", category=("SP", "Surgical Pathology"), performer="extpath", org_perf="ext", issued_date="2026-05-14")
    c.comm("2026-05-15T09:10:00-05:00", c.D("derm1"), [c.P()],
           ["Mr. Hughes, the outside melanoma pathologist at Great Lakes University reviewed your slides and fully agrees with our report "
            "(1.1 mm, non-ulcerated). We can go ahead with the wide excision and sentinel node biopsy as planned."],
           in_response_to=[req], category=[cc((COMMCAT, "notification", "Notification"))])
    e2 = c.encounter("2026-06-03", "AMB", "Outpatient surgery", reason=[cc((ICD10CM, "C43.59", "Malignant melanoma of other part of trunk"))],
                     prac=["surgonc"], time="07:30", end_time="11:00")
    c.proc(cpt("11604", "Excision, malignant lesion including margins, trunk, arms, or legs; excised diameter 3.1 to 4.0 cm",
               "Wide local excision left upper back, 1-2 cm margins, with layered closure"), "completed", "2026-06-03T08:15:00-05:00",
           reason_ref=[mel], performer=["surgonc"], enc=e2)
    c.proc(cpt("38525", "Biopsy or excision of lymph node(s); open, deep axillary node(s)", "Sentinel lymph node biopsy, left axilla (lymphoscintigraphy-guided)"),
           "completed", "2026-06-03T09:10:00-05:00", reason_ref=[mel], performer=["surgonc"], enc=e2)
    c.report(PATH, "2026-06-03", [], "Wide excision: residual melanoma in situ, margins clear (nearest 11 mm). Sentinel lymph nodes 0/2 involved "
             "(including immunohistochemistry). Final stage IB.", category=("SP", "Surgical Pathology"), performer="dermpath", org_perf="lab",
             issued_date="2026-06-10", enc=e2)
    for d in ("2026-09-02", "2026-11-25"):
        e = visit(c, d, "99214", "derm1", reason=[cc((ICD10CM, "Z85.820", "Personal history of malignant melanoma of skin"))])
        c.obs(cc((LOCAL, "TBSE", "Total body skin examination"), text="Total body skin and lymph node examination"), d, e, "exam",
              "Scar well healed, no local recurrence or in-transit lesions, no palpable lymphadenopathy", performer="derm1")
    c.note("Melanoma surveillance visit", "2026-11-25",
           "Stage IB melanoma left upper back, WLE + SLNB 03/06/2026 (SLN 0/2). Pathology was confirmed by an outside second opinion in May at his "
           "request. No evidence of recurrence. Skin checks every 3 months for 2 years; no adjuvant therapy indicated.", author="derm1", type_cc=OFFICE)
    c.condition(icd("I10", "Essential (primary) hypertension"), onset="2016", recorded="2019-01-08", recorder="pcp")
    c.medrx(rx("lisinopril 20 mg oral tablet", "29046", "lisinopril"), "2026-01-08", "1 tablet by mouth daily", requester="pcp")


# --------------------------------------------------------------------------------------------
def us_psoriasis_stopped(c):
    """WDT near miss: PASI 4.8 -> 16.2 over 6 months, but the patient stopped methotrexate in June and has had no treatment since."""
    base(c, ["Donna", "Marie"], "Ricci", "female", "1975-03-03", "LDS-2295014", "+1 216-555-0651", "4420 Pearl Road", "Cleveland", "44109",
         member="BMH663019820", marital=MARRIED)
    ps = c.condition(icd("L40.0", "Psoriasis vulgaris"), onset="2015", recorded="2018-10-02", recorder="derm1")
    c.condition(icd("E78.5", "Hyperlipidemia, unspecified"), onset="2019", recorded="2019-06-11", recorder="pcp")
    mtx = c.medrx(rx("methotrexate 2.5 mg oral tablet", "6851", "methotrexate"), "2025-11-04", "15 mg by mouth once weekly", requester="derm1",
                  reason_ref=[ps], status="stopped", status_reason=cct("Patient discontinued"))
    c.medstmt(rx("methotrexate 2.5 mg oral tablet", "6851", "methotrexate"), "stopped", start="2025-11-10", end="2026-06-10", asserted="2026-08-11",
              reason_ref=[ps], based_on=[mtx], status_reason=[cct("Patient decision - worried about liver damage after reading online")],
              note="Last dose 8 June 2026. Declined restarting and declined topical treatment ('too messy') in August.")
    visits = [("2026-06-02", 4.8, 5), ("2026-08-11", 9.6, 10), ("2026-10-13", 14.5, 16), ("2026-11-24", 16.2, 18)]
    for d, pasi, bsa in visits:
        e = visit(c, d, "99214" if d == "2026-11-24" else "99213", "derm1", reason=[cc((ICD10CM, "L40.0", "Psoriasis vulgaris"))])
        c.score(PASI, qty(pasi, "{score}", "{score}"), d, e, performer="derm1", category="exam")
        c.score(BSA, qty(bsa, "%", "%"), d, e, performer="derm1", category="exam")
        if d == "2026-06-02":
            c.labs(d, e, [("alt", 31), ("ast", 27), ("wbc", 6.6), ("plt", 251), ("creat", 0.8)], performer="lab")
    c.note("Dermatology visit", "2026-08-11",
           "Stopped methotrexate on her own on 10 June (worried about her liver; LFTs were normal). Psoriasis flaring, PASI 9.6. Declines "
           "restarting MTX and declines topicals. No current treatment. Discussed biologics - will think about it.", author="derm1", type_cc=OFFICE)
    c.note("Dermatology visit", "2026-11-24",
           "Off all psoriasis treatment since June. PASI 16.2, BSA 18%. Now agrees to a biologic: risankizumab submitted for prior authorization. "
           "QuantiFERON and hepatitis serologies ordered.", author="derm1", type_cc=OFFICE)
    c.medrx(rx("risankizumab-rzaa 150 mg/mL prefilled pen", None), "2026-11-24", "150 mg SC at week 0, week 4, then every 12 weeks", requester="derm1",
            reason_ref=[ps], status="draft", note="Pending prior authorization.")
    c.sreq(cc((LOCAL, "QFT-HEP", "QuantiFERON-TB and hepatitis B/C serology"), text="Pre-biologic screening labs"), "active", "order", "2026-11-24",
           requester="derm1", reason_ref=[ps])
    c.medrx(rx("atorvastatin 20 mg oral tablet", "83367", "atorvastatin"), "2026-02-10", "1 tablet by mouth daily", requester="pcp")


# --------------------------------------------------------------------------------------------
def us_pemphigus(c):
    """ROC positive: pemphigus vulgaris (rare autoimmune blistering disease) on rituximab maintenance, partial remission."""
    base(c, ["Linda", "Sue"], "Park", "female", "1964-12-01", "LDS-8820417", "+1 440-555-0197", "29550 Detroit Road", "Westlake", "44145",
         member="BMH447560218", marital=MARRIED)
    pv = c.condition(icd("L10.0", "Pemphigus vulgaris"), onset="2025-07", recorded="2025-09-09", recorder="derm1",
                     note="Mucocutaneous PV: oral erosions and flaccid bullae on trunk. Biopsy suprabasal acantholysis; DIF intercellular IgG and C3; "
                          "desmoglein-3 ELISA 156 U/mL, desmoglein-1 48 U/mL.")
    c.condition(icd("M85.80", "Other specified disorders of bone density and structure, unspecified site"), onset="2026-02", recorded="2026-02-18",
                recorder="pcp", note="Osteopenia on DXA (T-score -1.9) during glucocorticoid therapy.")
    c.condition(icd("I10", "Essential (primary) hypertension"), onset="2018", recorded="2019-05-14", recorder="pcp")
    rtx = c.medrx(rx("rituximab 10 mg/mL injectable solution", "121191", "rituximab"), "2026-03-30", "500 mg IV infusion every 6 months (maintenance)",
                  requester="derm1", reason_ref=[pv])
    for d, dose, note in [("2025-10-06", 1000, "Induction dose 1"), ("2025-10-20", 1000, "Induction dose 2"), ("2026-04-13", 500, "Maintenance"),
                          ("2026-10-14", 500, "Maintenance")]:
        c.medadmin(rx("rituximab 10 mg/mL injectable solution", "121191", "rituximab"), d, dose=qty(dose, "mg", "mg"),
                   route=cc((SCT, "47625008", "Intravenous route")), request=rtx if d >= "2026" else None, performer="pa", reason_ref=[pv],
                   note=note + " (HCPCS J9312 x%d)" % (dose // 10), end="15:00")
    c.medrx(rx("prednisone 5 mg oral tablet", "8640", "prednisone"), "2026-08-18", "1 tablet by mouth daily", requester="derm1", reason_ref=[pv])
    c.medrx(rx("alendronate 70 mg oral tablet", "46041", "alendronate"), "2026-02-18", "1 tablet by mouth weekly", requester="pcp")
    c.medrx(rx("amlodipine 5 mg oral tablet", "17767", "amlodipine"), "2025-05-14", "1 tablet by mouth daily", requester="pcp")
    for d, pdai, dsg3 in [("2026-04-13", 6, 61), ("2026-10-14", 3, 28)]:
        e = visit(c, d, "99215", "derm1", reason=[cc((ICD10CM, "L10.0", "Pemphigus vulgaris"))])
        c.score(cc((LOCAL, "PDAI", "Pemphigus Disease Area Index"), text="PDAI"), pdai, d, e, performer="derm1", category="exam")
        c.obs(cc((LOCAL, "DSG3", "Desmoglein 3 IgG antibody ELISA"), text="Desmoglein-3 antibody"), d, e, "laboratory", qty(dsg3, "U/mL", "U/mL"),
              interp="H", ref_range=[{"high": qty(20, "U/mL", "U/mL"), "text": "<20 U/mL"}])
        c.labs(d, e, [("wbc", 6.2), ("hb", 12.9), ("plt", 241), ("glucose", 104)], performer="lab")
    c.note("Autoimmune blistering disease clinic", "2026-10-14",
           "Pemphigus vulgaris (rare autoimmune blistering disease), diagnosed Sept 2025. After rituximab induction and maintenance, in partial "
           "remission on prednisone 5 mg (PDAI 3, two small oral erosions; Dsg3 28 U/mL). Rituximab 500 mg today. Co-managed with oral medicine "
           "and ophthalmology (no ocular involvement). Osteopenia on alendronate. Review 3 months.", author="derm1", type_cc=OFFICE)
    c.immunization(cc(("http://hl7.org/fhir/sid/cvx", "187", "Zoster vaccine recombinant"), text="Recombinant zoster vaccine (dose 2)"), "2025-09-30",
                   lot="SHX-2209", performer_org="hosp", note="Completed before rituximab induction.")


CASES = [
    dict(key="us_scabies", build=us_scabies, org="US", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="Itch on five dates over five months with normal labs looked like an unexplained symptom, but scabies was diagnosed on scraping in October, explains the whole picture, and was treated and resolved.",
         summary="41M, 5 months of pruritus, normal labs, non-specific biopsy, then scabies confirmed and cured"),
    dict(key="us_psoriasis_relabel", build=us_psoriasis_relabel, org="US", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="'Dermatitis, unspecified' (L30.9) was only a working label for 8 weeks; it was refuted and replaced by biopsy-proven psoriasis, which explains the plaques and nails and is responding to treatment.",
         summary="35F, unspecified dermatitis relabelled as biopsy-proven psoriasis after 8 weeks, improving"),
    dict(key="us_naevus_excision", build=us_naevus_excision, org="US", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The planned procedure is an in-office excisional biopsy of a 7 mm nevus with 2 mm margins under local anaesthetic (CPT 11402) - a minor procedure, not major surgery.",
         summary="29F, atypical nevus, office excisional biopsy booked Dec 2026"),
    dict(key="us_cscc_hospice", build=us_cscc_hospice, org="US", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="Tumor board impression: no surgical, radiation or systemic options for recurrent scalp cSCC invading the skull; hospice referral and active hospice CarePlan; no second opinion on record.",
         summary="88M, third recurrence of scalp SCC invading calvarium, no options per tumor board, hospice"),
    dict(key="us_psoriasis_mtx_dlqi", build=us_psoriasis_mtx_dlqi, org="US", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Patient-reported quality of life fell after methotrexate began: DLQI 7 before treatment to 16 after three months (9 points, MCID 4), driven by treatment side effects, even though PASI improved.",
         summary="46M, psoriasis on methotrexate, PASI better but DLQI 7 -> 16 from side effects"),
    dict(key="us_eczema_dupi_dlqi", build=us_eczema_dupi_dlqi, org="US", target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="DLQI moved 12 -> 14 after dupilumab started, a 2-point change below the DLQI MCID of 4, while EASI halved; dupilumab is not a high-impact treatment of the amputation/chemotherapy kind.",
         summary="33F, atopic dermatitis on dupilumab, EASI 21 -> 10.5, DLQI 12 -> 14"),
    dict(key="us_hairloss_flag", build=us_hairloss_flag, org="US", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="Flag authored by the patient (raised by her phone call) requesting a second opinion from a different dermatologist; notes record she feels her concerns are not taken seriously.",
         summary="38F, telogen effluvium 10 months, feels dismissed, patient-authored Flag asking for second opinion"),
    dict(key="us_melanoma_second", build=us_melanoma_second, org="US", target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="The patient's April request for a second opinion was fulfilled: outside dermatopathology consultation (2026-05-14, concordant) is on record within 12 months, so the signal is answered/suppressed; surgery is done and he is well.",
         summary="57M, stage IB melanoma, outside pathology second opinion done May 2026, WLE + SLNB done"),
    dict(key="us_psoriasis_stopped", build=us_psoriasis_stopped, org="US", target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="PASI rose 4.8 -> 16.2 over six months, but methotrexate was stopped by the patient on 2026-06-10 and no treatment was running during the worsening.",
         summary="51F, psoriasis flaring after self-stopping methotrexate, untreated since June"),
    dict(key="us_pemphigus", build=us_pemphigus, org="US", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active pemphigus vulgaris (L10.0), a rare autoimmune blistering disease (Orphanet), on rituximab maintenance in partial remission.",
         summary="62F, pemphigus vulgaris on rituximab maintenance, partial remission"),
]
