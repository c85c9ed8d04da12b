package org.babysteps.site;

/** A site to create, with the lead agency of its partnership. */
public record NewSite(String name, String area, String leadAgencyName, AgencyType leadAgencyType) {
}
