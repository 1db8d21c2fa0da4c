package org.sovereigntywatch.reference;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * The platforms of the two articles the project started from. A platform that exists already (by name, ignoring
 * case) is left as it is, so loading the demo data twice adds nothing.
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
