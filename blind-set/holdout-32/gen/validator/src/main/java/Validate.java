import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.*;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import java.nio.file.*;
import java.util.*;

/** Validates every cases/*.json against the FHIR R4 core definitions (offline). Prints errors; warnings with -w. */
public class Validate {
  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    boolean showWarn = args.length > 1 && args[1].equals("-w");
    FhirContext ctx = FhirContext.forR4();
    ValidationSupportChain chain = new ValidationSupportChain(
        new DefaultProfileValidationSupport(ctx),
        new CommonCodeSystemsTerminologyService(ctx),
        new InMemoryTerminologyServerValidationSupport(ctx),
        new SnapshotGeneratingValidationSupport(ctx));
    FhirInstanceValidator module = new FhirInstanceValidator(new CachingValidationSupport(chain));
    module.setAnyExtensionsAllowed(true);
    module.setNoTerminologyChecks(false);
    FhirValidator v = ctx.newValidator().registerValidatorModule(module);
    int errors = 0, warnings = 0;
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) { for (Path p : ds) files.add(p); }
    Collections.sort(files);
    Map<String,Integer> warnKinds = new TreeMap<>();
    for (Path p : files) {
      String json = Files.readString(p);
      ValidationResult r = v.validateWithResult(json);
      for (SingleValidationMessage m : r.getMessages()) {
        ResultSeverityEnum s = m.getSeverity();
        if (s == ResultSeverityEnum.ERROR || s == ResultSeverityEnum.FATAL) {
          errors++;
          System.out.println("ERROR " + p.getFileName() + " " + m.getLocationString() + " : " + m.getMessage());
        } else if (s == ResultSeverityEnum.WARNING) {
          warnings++;
          String msg = m.getMessage();
          String key = msg.length() > 90 ? msg.substring(0, 90) : msg;
          warnKinds.merge(key, 1, Integer::sum);
          if (showWarn) System.out.println("WARN  " + p.getFileName() + " " + m.getLocationString() + " : " + msg);
        }
      }
    }
    System.out.println("== warning kinds ==");
    for (Map.Entry<String,Integer> e : warnKinds.entrySet()) System.out.println(e.getValue() + "x " + e.getKey());
    System.out.println("files=" + files.size() + " errors=" + errors + " warnings=" + warnings);
    System.exit(errors == 0 ? 0 : 1);
  }
}
