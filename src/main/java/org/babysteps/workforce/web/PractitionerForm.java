package org.babysteps.workforce.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;

/** Adding or changing a practitioner, in page order; dates stay text so typos can be shown back. */
public class PractitionerForm {

    private String name;
    private UUID userId;
    private Profession profession;
    private Set<ProgrammeRole> roles = EnumSet.noneOf(ProgrammeRole.class);
    private String startedOn;
    private BigDecimal protectedHoursPerWeek = BigDecimal.ZERO;
    private String leftOn;
    private int version;

    static PractitionerForm of(Practitioner p, int version) {
        PractitionerForm form = new PractitionerForm();
        form.name = p.name();
        form.userId = p.userId() == null ? null : p.userId().value();
        form.profession = p.profession();
        form.roles = p.roles().isEmpty() ? EnumSet.noneOf(ProgrammeRole.class) : EnumSet.copyOf(p.roles());
        form.startedOn = p.startedOn().toString();
        form.protectedHoursPerWeek = p.protectedHoursPerWeek();
        form.leftOn = p.leftOn() == null ? null : p.leftOn().toString();
        form.version = version;
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getUserId() {
        return userId;
    }

    public void setUserId(UUID userId) {
        this.userId = userId;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession profession) {
        this.profession = profession;
    }

    public Set<ProgrammeRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<ProgrammeRole> roles) {
        this.roles = roles == null ? EnumSet.noneOf(ProgrammeRole.class) : roles;
    }

    public String getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(String startedOn) {
        this.startedOn = startedOn;
    }

    public BigDecimal getProtectedHoursPerWeek() {
        return protectedHoursPerWeek;
    }

    public void setProtectedHoursPerWeek(BigDecimal protectedHoursPerWeek) {
        this.protectedHoursPerWeek = protectedHoursPerWeek;
    }

    public String getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(String leftOn) {
        this.leftOn = leftOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
