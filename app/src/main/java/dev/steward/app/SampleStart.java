package dev.steward.app;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.service.register.SampleLoadResult;
import dev.steward.storage.SearchQuery;

import java.nio.file.Path;

/// `steward --sample`: the sample register loaded into a register that holds no integrations yet, before the
/// window opens, as File ▸ Load sample data would (written as the operating-system user, as the command line
/// writes a register file). A register with integrations, an encrypted one or a team register is left as it
/// is and opened as usual; why is printed.
final class SampleStart {
    private SampleStart() {
    }

    static void loadIfEmpty(Path register) {
        if (RegisterServices.isTeam(register)) {
            System.err.println("steward: --sample is for a register file; a team register is opened as it is.");
            return;
        }
        String user = System.getProperty("user.name", "steward");
        try (RegisterServices services = RegisterServices.open(register, null, Actor.system(() -> user))) {
            if (services.register().block(SearchQuery.ALL, 0, 1).registerSize() > 0) {
                System.err.println("steward: the register already holds integrations; the sample was not loaded.");
                return;
            }
            SampleLoadResult loaded = services.register().loadSampleData();
            System.err.println("steward: loaded the sample register (" + loaded.integrationsAdded()
                    + " integrations, " + loaded.peopleAdded() + " people).");
        } catch (RuntimeException e) {
            System.err.println("steward: the sample was not loaded: " + dev.steward.app.dialog.ErrorText.of(e));
        }
    }
}
