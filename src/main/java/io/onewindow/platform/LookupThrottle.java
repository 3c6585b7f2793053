package io.onewindow.platform;

/**
 * A public look-up by something guessable (a number plus a short tail), limited per number and per client address:
 * either limit reached and the look-up is refused before anything is read.
 */
public final class LookupThrottle {

    private final GuessThrottle perNumber;
    private final GuessThrottle perClient;

    /** @param what Chinese name of the number in messages, e.g. "该办件编号" */
    public LookupThrottle(String what, int wrongGuessesPerNumber, int wrongGuessesPerClient) {
        this.perNumber = new GuessThrottle(what, wrongGuessesPerNumber);
        this.perClient = new GuessThrottle("您所在网络地址", wrongGuessesPerClient);
    }

    /** Refuses with {@link PlatformErrorCode#TOO_MANY_REQUESTS} while the number or the client has no guesses left. */
    public void checkAllowed(String number, String client) {
        perNumber.checkAllowed(number);
        perClient.checkAllowed(client);
    }

    /** Counts one wrong guess against both. */
    public void wrongGuess(String number, String client) {
        perNumber.wrongGuess(number);
        perClient.wrongGuess(client);
    }
}
