package org.resilienceroadmap.workflow;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine reads every timer's duration ({@code P3M}, {@code R/P3M}) with a new
 * {@link DatatypeFactory}, and finding one without this property means scanning every jar's service
 * files: 3 % of all the CPU the scale generator used (docs/BENCHMARKS.md). Naming the JDK's own
 * factory, which that scan ends with anyway (no jar here offers another), makes the lookup a
 * property read. A factory named by whoever starts the JVM is left alone.
 */
@Component
class DatatypeFactoryLookup extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(
                    DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
