package org.sovereigntywatch.reference;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * The platforms of the two articles the project started from, and Montana (US-MT), whose TikTok ban the demo
 * timelines hold. A platform or jurisdiction that exists already is left as it is, so loading the demo data twice
 * adds nothing.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sovereigntywatch.demo-data")
class DemoPlatforms implements ApplicationRunner {

    private final PlatformRepository platforms;
    private final JurisdictionRepository jurisdictions;

    DemoPlatforms(PlatformRepository platforms, JurisdictionRepository jurisdictions) {
        this.platforms = platforms;
        this.jurisdictions = jurisdictions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add("TikTok", "ByteDance", "CN", Set.of("Douyin"));
        add("Xiaohongshu", "Xingin", "CN", Set.of("RedNote", "Little Red Book", "« Petit Livre Rouge »", "小红书"));
        add("Instagram", "Meta Platforms", "US", Set.of());
        add("Facebook", "Meta Platforms", "US", Set.of());
        add("WeChat", "Tencent", "CN", Set.of("Weixin"));
        addSubdivision("US-MT", "Montana", "US");
    }

    /** A state whose measures the demo timelines hold (Montana's TikTok ban). */
    private void addSubdivision(String code, String name, String parentCode) {
        if (jurisdictions.existsByCode(code)) {
            return;
        }
        Jurisdiction subdivision = new Jurisdiction(code, name, JurisdictionLevel.SUBNATIONAL);
        subdivision.setParent(jurisdictions.findByCode(parentCode).orElseThrow());
        jurisdictions.save(subdivision);
    }

    private void add(String name, String operator, String homeCode, Set<String> aliases) {
        if (platforms.findByNameIgnoreCase(name).isPresent()) {
            return;
        }
        Platform platform = new Platform(name);
        platform.setOperatorCompany(operator);
        platform.setAliases(aliases);
        platform.setHomeJurisdiction(jurisdictions.findByCode(homeCode).orElseThrow());
        platforms.save(platform);
    }
}
