package org.resilienceroadmap.escalation.process;

import java.util.List;

import org.resilienceroadmap.escalation.WeeklyDigest;
import org.springframework.stereotype.Component;

/**
 * The people a digest may go to, one job each, for {@code weekly-digest.bpmn} (public: the engine calls it by
 * reflection). Its process variable: {@code reader}, the username of one.
 */
@Component("weeklyDigestProcess")
public class WeeklyDigestProcess {

    public static final String KEY = "weekly-digest";
    public static final String READER = "reader";

    private final WeeklyDigest digests;

    WeeklyDigestProcess(WeeklyDigest digests) {
        this.digests = digests;
    }

    public List<String> readers() {
        return digests.readers();
    }
}
