package dev.steward.service.users;

/// Sign-in was refused. The message is ready to show and deliberately the same for an unknown username and
/// a wrong password, so the sign-in screen does not tell a guesser which usernames exist.
public class AuthenticationException extends RuntimeException {
    static final String BAD_CREDENTIALS = "Unknown username or wrong password.";
    static final String DEACTIVATED = "This account is deactivated. Ask an administrator to reactivate it.";

    AuthenticationException(String message) {
        super(message);
    }
}
