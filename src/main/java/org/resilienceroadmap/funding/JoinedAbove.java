package org.resilienceroadmap.funding;

/**
 * Countries and regions in a programme's scope that joined MCR2030 too. MCR2030's members are local
 * governments, whom the funnel and the "joined" figures count; these are told apart beside them.
 */
public record JoinedAbove(long countries, long regions) {

    public boolean none() {
        return countries == 0 && regions == 0;
    }
}
