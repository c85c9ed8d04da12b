package org.babysteps.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The "add a venue" form, in page order. */
public class VenueForm {

    @NotBlank(message = "Enter the venue's name")
    @Size(max = 200, message = "Venue name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Enter the venue's address")
    @Size(max = 500, message = "Address must be 500 characters or fewer")
    private String address;

    @NotNull(message = "Enter how many people the room holds")
    @Min(value = 1, message = "Capacity must be at least 1")
    @Max(value = 500, message = "Capacity must be 500 or fewer")
    private Integer capacity;

    @Size(max = 2000, message = "Accessibility notes must be 2000 characters or fewer")
    private String accessibilityNotes;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes;
    }
}
