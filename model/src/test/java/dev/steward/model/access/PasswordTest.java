package dev.steward.model.access;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PasswordTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void storedFormIsSelfDescribingAndSalted() {
        String a = hasher.hash("correct horse battery".toCharArray());
        String b = hasher.hash("correct horse battery".toCharArray());
        assertTrue(a.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), a);
        assertNotEquals(a, b);
        assertTrue(new PasswordHasher().hash("x".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void verifiesRightAndRejectsWrong() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        assertTrue(hasher.verify("correct horse battery".toCharArray(), stored));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), stored));
        assertTrue(new PasswordHasher(5).verify("correct horse battery".toCharArray(), stored), "count comes from the stored form");
    }

    @Test
    void tamperedEncodingNeverMatches() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        String[] parts = stored.split("\\$");
        char[] pw = "correct horse battery".toCharArray();
        assertFalse(hasher.verify(pw, parts[0] + "$999$" + parts[2] + "$" + parts[3]));
        assertFalse(hasher.verify(pw, parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + flip(parts[3])));
        assertFalse(hasher.verify(pw, parts[0] + "$" + parts[1] + "$" + flip(parts[2]) + "$" + parts[3]));
        assertFalse(hasher.verify(pw, "md5$" + parts[1] + "$" + parts[2] + "$" + parts[3]));
        assertFalse(hasher.verify(pw, "garbage"));
        assertFalse(hasher.verify(pw, null));
    }

    @Test
    void rehashWhenIterationsWereLower() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        assertTrue(new PasswordHasher(2_000).needsRehash(stored));
        assertFalse(hasher.needsRehash(stored));
    }

    @Test
    void policy() {
        assertEquals(1, PasswordPolicy.problems("ana", "short".toCharArray()).size());
        assertTrue(PasswordPolicy.problems("ana", "short".toCharArray()).getFirst().contains("at least 12"));
        assertEquals(java.util.List.of("The password must not be the same as the username."),
                PasswordPolicy.problems("ana.pereira.x", "Ana.Pereira.X".toCharArray()));
        assertTrue(PasswordPolicy.isAcceptable("ana", "a long pass phrase".toCharArray()));
        assertFalse(PasswordPolicy.isAcceptable("ana", "            ".toCharArray()));
    }

    private static String flip(String base64) {
        char c = base64.charAt(0);
        return (c == 'A' ? 'B' : 'A') + base64.substring(1);
    }

    /// Issue 16: a signing key's passphrase was refused as "The password is 3 characters long".
    @Test
    void problemsNameWhatIsTyped() {
        assertEquals(List.of("The passphrase is 3 characters long: use at least 12."),
                PasswordPolicy.problems(PasswordPolicy.Secret.PASSPHRASE, "ana", "abc".toCharArray()));
        assertTrue(PasswordPolicy.problems("ana", "abc".toCharArray()).getFirst().startsWith("The password is 3"));
    }
}
