package org.resilienceroadmap.action.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers {@link ApprovalRouteCapture} with the engine's DMN engine before the engine builds it. */
@Component
class ApprovalTablePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        List<DmnDecisionTableEvaluationListener> listeners = new ArrayList<>();
        if (dmn.getCustomPostDecisionTableEvaluationListeners() != null) {
            listeners.addAll(dmn.getCustomPostDecisionTableEvaluationListeners());
        }
        listeners.add(new ApprovalRouteCapture());
        dmn.setCustomPostDecisionTableEvaluationListeners(listeners);
    }
}
