package org.gelplan.security;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The only {@link UserDetailsService}: asks every {@link GelUserSource} bean, in their order. */
@Component
public class CompositeUserDetailsService implements UserDetailsService {

    private final List<GelUserSource> sources;

    public CompositeUserDetailsService(ObjectProvider<GelUserSource> sources) {
        this.sources = sources.orderedStream().toList();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return sources.stream()
                .map(source -> source.findByUsername(username))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
