import base64, json, collections

SYS = {
    'sct': 'http://snomed.info/sct', 'icd': 'http://hl7.org/fhir/sid/icd-10-cm', 'loinc': 'http://loinc.org',
    'cpt': 'http://www.ama-assn.org/go/cpt', 'hcpcs': 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    'rx': 'http://www.nlm.nih.gov/research/umls/rxnorm', 'ucum': 'http://unitsofmeasure.org',
}
ABBR = {'Organization': 'org', 'Practitioner': 'pr', 'Encounter': 'enc', 'Condition': 'cond', 'Observation': 'obs',
        'MedicationRequest': 'mrx', 'MedicationStatement': 'mst', 'DocumentReference': 'doc', 'ServiceRequest': 'sr',
        'Procedure': 'proc', 'CarePlan': 'cp', 'Communication': 'com', 'QuestionnaireResponse': 'qr', 'Flag': 'flag',
        'DiagnosticReport': 'dr', 'ClinicalImpression': 'ci', 'Coverage': 'cov', 'AllergyIntolerance': 'alg',
        'Immunization': 'imm', 'Goal': 'goal', 'RelatedPerson': 'rp', 'CareTeam': 'ct'}


def cc(*codes, text=None, base=None):
    """codes: tuples (sys, code, display); sys 'local:<name>' uses the org base."""
    out = {}
    cod = []
    for s, c, d in codes:
        if s.startswith('local:'):
            url = f"{base}/CodeSystem/{s[6:]}"
        else:
            url = SYS.get(s, s)
        x = {'system': url, 'code': c}
        if d:
            x['display'] = d
        cod.append(x)
    if cod:
        out['coding'] = cod
    if text:
        out['text'] = text
    elif cod and cod[0].get('display'):
        out['text'] = cod[0]['display']
    return out


def T(text):
    return {'text': text}


CLIN = 'http://terminology.hl7.org/CodeSystem/condition-clinical'
VER = 'http://terminology.hl7.org/CodeSystem/condition-ver-status'
INTERP = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation'
OBSCAT = 'http://terminology.hl7.org/CodeSystem/observation-category'
INTERP_D = {'N': 'Normal', 'H': 'High', 'L': 'Low', 'A': 'Abnormal', 'HH': 'Critical high', 'LL': 'Critical low',
            'POS': 'Positive', 'NEG': 'Negative'}


def dt(d):
    return d if 'T' in d or len(d) <= 7 else d + 'T09:30:00-05:00'


class B:
    def __init__(self, cid, base, mrn_sys):
        self.cid, self.base, self.mrn_sys = cid, base, mrn_sys
        self.entries = []
        self.cnt = collections.Counter()
        self.pat = f'Patient/{cid}'

    def add(self, rt, body, suffix=None):
        if suffix is None:
            a = ABBR[rt]
            self.cnt[a] += 1
            suffix = f'{a}-{self.cnt[a]}'
        rid = self.cid if rt == 'Patient' else f'{self.cid}-{suffix}'
        r = {'resourceType': rt, 'id': rid}
        r.update(body)
        self.entries.append({'fullUrl': f'{self.base}/{rt}/{rid}', 'resource': r,
                             'request': {'method': 'PUT', 'url': f'{rt}/{rid}'}})
        return f'{rt}/{rid}'

    def C(self, *codes, text=None):
        return cc(*codes, text=text, base=self.base)

    # ---------- admin ----------
    def org(self, name, typ='prov', npi=None, phone=None, city=None, state=None):
        body = {'active': True, 'name': name,
                'type': [cc(('http://terminology.hl7.org/CodeSystem/organization-type', typ, None))]}
        if npi:
            body['identifier'] = [{'system': 'http://hl7.org/fhir/sid/us-npi', 'value': npi}]
        if phone:
            body['telecom'] = [{'system': 'phone', 'value': phone, 'use': 'work'}]
        if city:
            body['address'] = [{'city': city, 'state': state, 'country': 'US'}]
        return self.add('Organization', body)

    def pract(self, given, family, qual='MD', npi=None):
        body = {'active': True, 'name': [{'family': family, 'given': given.split(), 'suffix': [qual]}]}
        if npi:
            body['identifier'] = [{'system': 'http://hl7.org/fhir/sid/us-npi', 'value': npi}]
        return self.add('Practitioner', body)

    def patient(self, given, family, gender, birth, mrn, city, state, zipc, line, phone=None, lang=None,
                marital=None, org=None, deceased=None, gp=None):
        body = {'identifier': [{'use': 'usual', 'type': cc(('http://terminology.hl7.org/CodeSystem/v2-0203', 'MR', 'Medical record number')),
                                'system': self.mrn_sys, 'value': mrn}],
                'active': True, 'name': [{'use': 'official', 'family': family, 'given': given.split()}],
                'gender': gender, 'birthDate': birth,
                'address': [{'use': 'home', 'line': [line], 'city': city, 'state': state, 'postalCode': zipc, 'country': 'US'}]}
        if phone:
            body['telecom'] = [{'system': 'phone', 'value': phone, 'use': 'home'}]
        if marital:
            body['maritalStatus'] = cc(('http://terminology.hl7.org/CodeSystem/v3-MaritalStatus', marital,
                                        {'M': 'Married', 'W': 'Widowed', 'S': 'Never Married', 'D': 'Divorced'}[marital]))
        if lang:
            body['communication'] = [{'language': cc(('urn:ietf:bcp:47', lang[0], lang[1])), 'preferred': True}]
        if org:
            body['managingOrganization'] = {'reference': org}
        if gp:
            body['generalPractitioner'] = [{'reference': gp}]
        self.add('Patient', body, suffix='')
        return self.pat

    def coverage(self, payor, kind, member, start, plan=None, end=None):
        types = {'wc': ('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'WCBPOL', "workers' compensation policy"),
                 'medicare': ('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'SUBSIDIZ', 'subsidized health program'),
                 'ppo': ('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'PPO', 'preferred provider organization policy'),
                 'hmo': ('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'HMO', 'health maintenance organization policy'),
                 'medicaid': ('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'SUBSIDIZ', 'subsidized health program')}
        body = {'status': 'active', 'type': cc(types[kind], text=plan), 'subscriberId': member,
                'beneficiary': {'reference': self.pat}, 'payor': [{'reference': payor}],
                'period': {'start': start}}
        if end:
            body['period']['end'] = end
        return self.add('Coverage', body)

    # ---------- clinical ----------
    def enc(self, date, typ, cls='AMB', pract=None, reason=None, org=None, end=None, status='finished',
            admit=None, svc=None):
        clsd = {'AMB': 'ambulatory', 'HH': 'home health', 'IMP': 'inpatient encounter', 'EMER': 'emergency',
                'VR': 'virtual', 'NONAC': 'inpatient non-acute'}[cls]
        body = {'status': status,
                'class': {'system': 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code': cls, 'display': clsd},
                'type': [typ if isinstance(typ, dict) else T(typ)], 'subject': {'reference': self.pat},
                'period': {'start': dt(date)}}
        if end or status == 'finished':
            body['period']['end'] = dt(end) if end else dt(date).replace('T09:30', 'T10:15')
        if status == 'planned':
            body['period'] = {'start': dt(date)}
        if pract:
            body['participant'] = [{'individual': {'reference': pract}}]
        if reason:
            body['reasonCode'] = [reason if isinstance(reason, dict) else T(reason)]
        if org:
            body['serviceProvider'] = {'reference': org}
        if admit:
            body['hospitalization'] = {'admitSource': cc(('http://terminology.hl7.org/CodeSystem/admit-source', admit[0], admit[1]))}
        if svc:
            body['serviceType'] = T(svc)
        return self.add('Encounter', body)

    def cond(self, code, onset, status='active', ver='confirmed', cat='problem-list-item', abate=None, enc=None,
             recorder=None, note=None, recorded=None, severity=None):
        body = {'clinicalStatus': cc((CLIN, status, status.capitalize())),
                'verificationStatus': cc((VER, ver, ver.capitalize())),
                'category': [cc(('http://terminology.hl7.org/CodeSystem/condition-category', cat,
                                 'Problem List Item' if cat == 'problem-list-item' else 'Encounter Diagnosis'))],
                'code': code, 'subject': {'reference': self.pat}, 'onsetDateTime': onset,
                'recordedDate': recorded or onset}
        if abate:
            body['abatementDateTime'] = abate
        if enc:
            body['encounter'] = {'reference': enc}
        if recorder:
            body['recorder'] = {'reference': recorder}
        if note:
            body['note'] = [{'text': note}]
        if severity:
            body['severity'] = T(severity)
        return self.add('Condition', body)

    def obs(self, code, date, value=None, unit=None, low=None, high=None, interp='auto', cat='laboratory', enc=None,
            vstr=None, vcode=None, comps=None, note=None, perf=None, ref_text=None, status='final', method=None):
        if isinstance(code, tuple):
            code = cc(('loinc',) + code) if len(code) == 2 else self.C(code)
        body = {'status': status,
                'category': [cc((OBSCAT, cat, {'laboratory': 'Laboratory', 'vital-signs': 'Vital Signs', 'survey': 'Survey',
                                               'exam': 'Exam', 'imaging': 'Imaging', 'procedure': 'Procedure',
                                               'social-history': 'Social History', 'activity': 'Activity'}[cat]))],
                'code': code, 'subject': {'reference': self.pat}, 'effectiveDateTime': dt(date)}
        if cat == 'laboratory':
            body['issued'] = dt(date).replace('T09:30', 'T16:40')
        if value is not None:
            q = {'value': value}
            if unit:
                q.update({'unit': unit, 'system': SYS['ucum'], 'code': unit})
            body['valueQuantity'] = q
        if vstr is not None:
            body['valueString'] = vstr
        if vcode is not None:
            body['valueCodeableConcept'] = vcode
        if comps:
            body['component'] = comps
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr['low'] = {'value': low, 'unit': unit, 'system': SYS['ucum'], 'code': unit}
            if high is not None:
                rr['high'] = {'value': high, 'unit': unit, 'system': SYS['ucum'], 'code': unit}
            if ref_text:
                rr['text'] = ref_text
            body['referenceRange'] = [rr]
        if interp == 'auto':
            interp = None
            if value is not None and (low is not None or high is not None):
                interp = 'N'
                if low is not None and value < low:
                    interp = 'L'
                if high is not None and value > high:
                    interp = 'H'
        if interp:
            body['interpretation'] = [cc((INTERP, interp, INTERP_D[interp]))]
        if enc:
            body['encounter'] = {'reference': enc}
        if note:
            body['note'] = [{'text': note}]
        if perf:
            body['performer'] = [{'reference': perf}]
        if method:
            body['method'] = T(method)
        return self.add('Observation', body)

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, temp=None, spo2=None, rr=None, bmi=None):
        refs = [self.obs(cc(('loinc', '85354-9', 'Blood pressure panel with all children optional')), date, cat='vital-signs',
                         enc=enc, comps=[
            {'code': cc(('loinc', '8480-6', 'Systolic blood pressure')), 'valueQuantity': {'value': sbp, 'unit': 'mm[Hg]', 'system': SYS['ucum'], 'code': 'mm[Hg]'}},
            {'code': cc(('loinc', '8462-4', 'Diastolic blood pressure')), 'valueQuantity': {'value': dbp, 'unit': 'mm[Hg]', 'system': SYS['ucum'], 'code': 'mm[Hg]'}}]),
            self.obs(cc(('loinc', '8867-4', 'Heart rate')), date, hr, '/min', cat='vital-signs', enc=enc, interp=None)]
        if wt:
            refs.append(self.obs(cc(('loinc', '29463-7', 'Body weight')), date, wt, 'kg', cat='vital-signs', enc=enc, interp=None))
        if bmi:
            refs.append(self.obs(cc(('loinc', '39156-5', 'Body mass index (BMI) [Ratio]')), date, bmi, 'kg/m2', cat='vital-signs', enc=enc, interp=None))
        if temp:
            refs.append(self.obs(cc(('loinc', '8310-5', 'Body temperature')), date, temp, 'Cel', cat='vital-signs', enc=enc, interp=None))
        if spo2:
            refs.append(self.obs(cc(('loinc', '59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry')), date, spo2, '%', cat='vital-signs', enc=enc, interp=None))
        if rr:
            refs.append(self.obs(cc(('loinc', '9279-1', 'Respiratory rate')), date, rr, '/min', cat='vital-signs', enc=enc, interp=None))
        return refs

    def lab(self, loinc, disp, date, value, unit, low=None, high=None, enc=None, interp='auto', note=None):
        return self.obs(cc(('loinc', loinc, disp)), date, value, unit, low, high, interp=interp, enc=enc, note=note)

    def medreq(self, med, authored, dose, status='active', reason=None, requester=None, intent='order', enc=None,
               note=None, start=None, end=None, refills=None):
        body = {'status': status, 'intent': intent, 'medicationCodeableConcept': med,
                'subject': {'reference': self.pat}, 'authoredOn': authored,
                'dosageInstruction': [{'text': dose}]}
        if requester:
            body['requester'] = {'reference': requester}
        if reason:
            body['reasonReference' if '/' in reason else 'reasonCode'] = [{'reference': reason}] if '/' in reason else [T(reason)]
        if enc:
            body['encounter'] = {'reference': enc}
        if note:
            body['note'] = [{'text': note}]
        if start or refills is not None:
            body['dispenseRequest'] = {}
            if start:
                body['dispenseRequest']['validityPeriod'] = {'start': start}
                if end:
                    body['dispenseRequest']['validityPeriod']['end'] = end
            if refills is not None:
                body['dispenseRequest']['numberOfRepeatsAllowed'] = refills
        return self.add('MedicationRequest', body)

    def medstmt(self, med, start, status='active', end=None, dose=None, reason=None, note=None, asserted=None, src=None):
        body = {'status': status, 'medicationCodeableConcept': med, 'subject': {'reference': self.pat},
                'effectivePeriod': {'start': start}}
        if end:
            body['effectivePeriod']['end'] = end
        if asserted:
            body['dateAsserted'] = asserted
        if dose:
            body['dosage'] = [{'text': dose}]
        if reason:
            body['reasonReference'] = [{'reference': reason}]
        if note:
            body['note'] = [{'text': note}]
        if src:
            body['informationSource'] = {'reference': src}
        return self.add('MedicationStatement', body)

    def note(self, date, title, text, loinc=('11506-3', 'Progress note'), author=None, enc=None, org=None, status='current'):
        body = {'status': status, 'docStatus': 'final',
                'type': cc(('loinc', loinc[0], loinc[1])),
                'category': [cc(('http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', 'clinical-note', 'Clinical Note'))],
                'subject': {'reference': self.pat}, 'date': dt(date).replace('T09:30', 'T17:05'),
                'description': title,
                'content': [{'attachment': {'contentType': 'text/plain', 'language': 'en-US',
                                            'data': base64.b64encode(text.strip().encode()).decode(), 'title': title,
                                            'creation': dt(date)}}]}
        if author:
            body['author'] = [{'reference': author}]
        if org:
            body['custodian'] = {'reference': org}
        if enc:
            body['context'] = {'encounter': [{'reference': enc}], 'period': {'start': dt(date)}}
        return self.add('DocumentReference', body)

    def sreq(self, code, authored, status='active', intent='order', occ=None, reason=None, requester=None, performer=None,
             cat=None, priority='routine', note=None, enc=None, occ_period=None):
        body = {'status': status, 'intent': intent, 'priority': priority, 'code': code, 'subject': {'reference': self.pat},
                'authoredOn': authored}
        if cat:
            body['category'] = [cat]
        if occ:
            body['occurrenceDateTime'] = dt(occ)
        if occ_period:
            body['occurrencePeriod'] = {'start': occ_period[0], 'end': occ_period[1]}
        if reason:
            if '/' in reason and not reason.startswith('http'):
                body['reasonReference'] = [{'reference': reason}]
            else:
                body['reasonCode'] = [T(reason)]
        if requester:
            body['requester'] = {'reference': requester}
        if performer:
            body['performer'] = [{'reference': performer}]
        if note:
            body['note'] = [{'text': note}]
        if enc:
            body['encounter'] = {'reference': enc}
        return self.add('ServiceRequest', body)

    def proc(self, code, date, status='completed', performer=None, reason=None, note=None, enc=None, outcome=None,
             based=None, bodysite=None):
        body = {'status': status, 'code': code, 'subject': {'reference': self.pat}}
        if date:
            body['performedDateTime'] = dt(date)
        if performer:
            body['performer'] = [{'actor': {'reference': performer}}]
        if reason:
            if '/' in reason:
                body['reasonReference'] = [{'reference': reason}]
            else:
                body['reasonCode'] = [T(reason)]
        if note:
            body['note'] = [{'text': note}]
        if enc:
            body['encounter'] = {'reference': enc}
        if outcome:
            body['outcome'] = T(outcome)
        if based:
            body['basedOn'] = [{'reference': based}]
        if bodysite:
            body['bodySite'] = [bodysite]
        return self.add('Procedure', body)

    def careplan(self, title, start, cat, status='active', intent='plan', addresses=None, author=None, desc=None,
                 activities=None, end=None):
        body = {'status': status, 'intent': intent, 'category': [cat], 'title': title,
                'subject': {'reference': self.pat}, 'period': {'start': start}, 'created': start}
        if end:
            body['period']['end'] = end
        if desc:
            body['description'] = desc
        if addresses:
            body['addresses'] = [{'reference': a} for a in addresses]
        if author:
            body['author'] = {'reference': author}
        if activities:
            body['activity'] = [{'detail': {'status': s, 'description': d}} for d, s in activities]
        return self.add('CarePlan', body)

    def comm(self, sent, text, sender, recipient, status='completed', cat=None, topic=None, in_response=None, medium=None):
        body = {'status': status, 'subject': {'reference': self.pat}, 'sent': dt(sent),
                'sender': {'reference': sender}, 'recipient': [{'reference': recipient}],
                'payload': [{'contentString': text}]}
        if cat:
            body['category'] = [cat]
        if topic:
            body['topic'] = T(topic)
        if in_response:
            body['inResponseTo'] = [{'reference': in_response}]
        if medium:
            body['medium'] = [cc(('http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', medium[0], medium[1]))]
        return self.add('Communication', body)

    def qr(self, questionnaire, authored, items, author=None, source=None, enc=None):
        its = []
        for link, txt, ans in items:
            a = {}
            if isinstance(ans, bool):
                a = {'valueBoolean': ans}
            elif isinstance(ans, int):
                a = {'valueInteger': ans}
            elif isinstance(ans, dict):
                a = {'valueCoding': ans}
            else:
                a = {'valueString': ans}
            its.append({'linkId': link, 'text': txt, 'answer': [a]})
        body = {'questionnaire': questionnaire, 'status': 'completed', 'subject': {'reference': self.pat},
                'authored': dt(authored), 'item': its}
        if author:
            body['author'] = {'reference': author}
        if source:
            body['source'] = {'reference': source}
        if enc:
            body['encounter'] = {'reference': enc}
        return self.add('QuestionnaireResponse', body)

    def flag(self, code, start, author, status='active', cat=None):
        body = {'status': status, 'code': code, 'subject': {'reference': self.pat}, 'period': {'start': start},
                'author': {'reference': author}}
        if cat:
            body['category'] = [cat]
        return self.add('Flag', body)

    def dr(self, code, date, conclusion, results=None, cat='LAB', performer=None, enc=None, status='final', ccode=None):
        body = {'status': status,
                'category': [cc(('http://terminology.hl7.org/CodeSystem/v2-0074', cat, {'LAB': 'Laboratory', 'RAD': 'Radiology', 'GE': 'Genetics', 'PAT': 'Pathology (gross & histopath, not surgical)', 'SP': 'Surgical Pathology', 'NRS': 'Nursing service measures', 'OTH': 'Other', 'PHY': 'Physician', 'NMR': 'Nuclear magnetic resonance', 'CUS': 'Cardiac Ultrasound', 'GIS': 'GI Scan? no'}.get(cat, cat)))],
                'code': code, 'subject': {'reference': self.pat}, 'effectiveDateTime': dt(date),
                'issued': dt(date).replace('T09:30', 'T18:00'), 'conclusion': conclusion}
        if results:
            body['result'] = [{'reference': r} for r in results]
        if performer:
            body['performer'] = [{'reference': performer}]
        if enc:
            body['encounter'] = {'reference': enc}
        if ccode:
            body['conclusionCode'] = [ccode]
        return self.add('DiagnosticReport', body)

    def ci(self, date, summary, assessor=None, problems=None, findings=None, status='completed', enc=None, desc=None):
        body = {'status': status, 'subject': {'reference': self.pat}, 'effectiveDateTime': dt(date), 'date': dt(date),
                'summary': summary}
        if desc:
            body['description'] = desc
        if assessor:
            body['assessor'] = {'reference': assessor}
        if problems:
            body['problem'] = [{'reference': p} for p in problems]
        if findings:
            body['finding'] = [{'itemCodeableConcept': f} for f in findings]
        if enc:
            body['encounter'] = {'reference': enc}
        return self.add('ClinicalImpression', body)

    def allergy(self, code, crit='low', reaction=None, recorded=None):
        body = {'clinicalStatus': cc(('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', 'active', 'Active')),
                'verificationStatus': cc(('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', 'confirmed', 'Confirmed')),
                'code': code, 'patient': {'reference': self.pat}, 'criticality': crit}
        if recorded:
            body['recordedDate'] = recorded
        if reaction:
            body['reaction'] = [{'manifestation': [T(reaction)]}]
        return self.add('AllergyIntolerance', body)

    def imm(self, code, date):
        return self.add('Immunization', {'status': 'completed', 'vaccineCode': code, 'patient': {'reference': self.pat},
                                         'occurrenceDateTime': date, 'primarySource': True})

    def bundle(self):
        return {'resourceType': 'Bundle', 'type': 'transaction', 'entry': self.entries}


def rx(code, disp, text=None):
    if code:
        return cc(('rx', code, disp), text=text or disp)
    return {'text': text or disp}
