package v;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import java.nio.file.*;
import java.util.*;

/** Validates every bundle given on the command line against the FHIR R4 core StructureDefinitions. */
public class Validate {
    public static void main(String[] args) throws Exception {
        FhirContext ctx = FhirContext.forR4();
        IParser strict = ctx.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setAnyExtensionsAllowed(false);
        module.setNoTerminologyChecks(false);
        FhirValidator validator = ctx.newValidator();
        validator.registerValidatorModule(module);
        int errors = 0, warnings = 0;
        boolean showWarn = System.getenv("SHOW_WARN") != null;
        for (String a : args) {
            String txt = Files.readString(Path.of(a));
            try {
                strict.parseResource(txt);
            } catch (Exception e) {
                System.out.println(a + " PARSE: " + e.getMessage());
                errors++;
            }
            ValidationResult r = validator.validateWithResult(txt);
            for (SingleValidationMessage m : r.getMessages()) {
                if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                    errors++;
                    System.out.println(a + " ERROR " + m.getLocationString() + " : " + m.getMessage());
                } else if (m.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings++;
                    if (showWarn) System.out.println(a + " WARN " + m.getLocationString() + " : " + m.getMessage());
                }
            }
        }
        System.out.println("files=" + args.length + " errors=" + errors + " warnings=" + warnings);
        System.exit(errors == 0 ? 0 : 1);
    }
}
