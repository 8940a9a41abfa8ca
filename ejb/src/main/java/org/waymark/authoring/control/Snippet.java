package org.waymark.authoring.control;

/** The one line a target application embeds to load its published content (DESIGN.md's contract). */
public final class Snippet {

    private Snippet() {
    }

    /**
     * @param base        this application's address as the target application's users reach it, ending in {@code /}
     * @param systemKey   a system's key (URL-safe by construction)
     * @param environment one of its environments (URL-safe by construction)
     */
    public static String of(String base, String systemKey, String environment) {
        return "<script async src=\"" + base + "p/" + systemKey + "/" + environment + "/loader.js\"></script>";
    }
}
