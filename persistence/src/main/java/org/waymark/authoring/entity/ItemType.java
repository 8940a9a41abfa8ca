package org.waymark.authoring.entity;

/** What an authored item is; the names are stored and part of the REST API. */
public enum ItemType {
    WALKTHRU,
    SMART_TIP,
    LAUNCHER,
    SHOUT_OUT,
    RESOURCE_MENU
}
