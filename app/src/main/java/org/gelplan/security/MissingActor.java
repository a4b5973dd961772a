package org.gelplan.security;

/**
 * A command was sent with nobody signed in and no explicit actor in its metadata. An event without
 * an actor would be a hole in the audit trail, so this is a bug in the sender, never guessed around.
 */
public class MissingActor extends IllegalStateException {

    public MissingActor(String commandName) {
        super("Command " + commandName + " was sent without an actor: send it within an authenticated request, "
                + "or put one in its metadata, e.g. AuditMetaData.of(Actor.system(\"demo-data\"))");
    }
}
