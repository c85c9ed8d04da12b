package org.babysteps.family.web;

/** "Withdraw consent": the date from which the family no longer consents. */
public class WithdrawalForm {

    @RealDate(label = "Date consent was withdrawn")
    private DateInput withdrawnOn = new DateInput();

    public DateInput getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(DateInput withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }
}
