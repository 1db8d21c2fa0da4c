package org.sovereigntywatch.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class QueryBuilderTest {

    @Test
    void an_unsorted_query_is_ordered_by_id_so_pages_and_exports_agree() {
        assertThat(jpqlOf(Sort.unsorted())).endsWith("order by c.id asc");
    }

    @Test
    void ties_of_the_asked_order_are_broken_by_id() {
        assertThat(jpqlOf(Sort.by(Sort.Order.desc("nextReview")))).endsWith("order by c.nextReview desc, c.id asc");
    }

    @Test
    void an_order_already_naming_id_is_kept_as_it_is() {
        assertThat(jpqlOf(Sort.by(Sort.Order.desc("id")))).endsWith("order by c.id desc");
    }

    @SuppressWarnings("unchecked")
    private static String jpqlOf(Sort sort) {
        EntityManager entityManager = mock(EntityManager.class);
        when(entityManager.createQuery(any(String.class), any(Class.class))).thenReturn(mock(TypedQuery.class));
        new QueryBuilder(" from Concern c").where("c.state = :state", "state", "PUBLISHED")
                .sorted(entityManager, "select c", sort, Object.class);
        ArgumentCaptor<String> jpql = ArgumentCaptor.forClass(String.class);
        verify(entityManager).createQuery(jpql.capture(), any(Class.class));
        return jpql.getValue();
    }
}
