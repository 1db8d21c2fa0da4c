package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.UserService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** A combo box over the users who can sign in, for choosing who follows an item up. */
public class UserPicker extends ComboBox<AppUser> {

    public UserPicker(String label, UserService users) {
        super(label);
        setItemLabelGenerator(user -> user.getDisplayName() + " (" + user.getUsername() + ")");
        setItems(query -> users.listAssignable(query.getFilter().orElse(""), toSpringPageRequest(query)).stream());
    }
}
