package org.sovereigntywatch.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sure every ISO 3166-1 country the JDK knows, and the EU, exists as a jurisdiction. Names come from the JDK's
 * own English display names, so there is no hand-typed country list to go stale. Runs at every start and only adds
 * what is missing: names an admin changed are kept, and a country added by a newer JDK appears by itself.
 */
@Component
@Order(10)
class IsoCountrySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IsoCountrySeeder.class);

    private final JurisdictionRepository repository;

    IsoCountrySeeder(JurisdictionRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Set<String> existing = repository.findAllCodes();
        List<Jurisdiction> missing = new ArrayList<>();
        if (!existing.contains("EU")) {
            missing.add(new Jurisdiction("EU", "European Union", JurisdictionLevel.SUPRANATIONAL));
        }
        for (String code : Locale.getISOCountries()) {
            if (!existing.contains(code)) {
                String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
                missing.add(new Jurisdiction(code, name, JurisdictionLevel.NATIONAL));
            }
        }
        if (!missing.isEmpty()) {
            repository.saveAll(missing);
            log.info("Added {} jurisdictions from the JDK's ISO 3166-1 list", missing.size());
        }
    }
}
