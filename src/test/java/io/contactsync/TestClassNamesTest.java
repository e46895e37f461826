package io.contactsync;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surefire runs only classes named {@code *Test}, {@code *Tests}, {@code *TestCase} or {@code Test*}, failsafe only
 * {@code *IT}, {@code *ITCase} or {@code IT*}: a test class named otherwise compiles and never runs, so its tests
 * cannot fail (as the resolver properties, in a class named ResolverProperties, once did).
 */
class TestClassNamesTest {

    private static final Pattern RUN_BY_NAME = Pattern.compile("(Test|IT).*|.*(Test|Tests|TestCase|IT|ITCase)");

    @Test
    void everyClassWithTestsHasANameSurefireOrFailsafeRuns() {
        List<String> neverRun = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.contactsync").stream()
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .filter(type -> type.getAllMethods().stream().anyMatch(method -> method.isMetaAnnotatedWith(Testable.class)))
                .map(TestClassNamesTest::topLevelSimpleName)
                .filter(name -> !RUN_BY_NAME.matcher(name).matches())
                .distinct().toList();

        assertThat(neverRun).isEmpty();
    }

    /** Nested test classes run with the class around them. */
    private static String topLevelSimpleName(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getSimpleName();
    }
}
