package org.babysteps.platform.web;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order its fields appear on the page, as the GOV.UK error summary asks: the
 * validator reports them in no particular order. Form classes declare their fields in page order, a
 * superclass's fields first; problems with the whole form come before any field's.
 */
@Component("formErrorOrder")
public class FormErrorOrder {

    public List<DetailedError> sort(List<DetailedError> errors, Object form) {
        List<String> order = fieldOrder(form == null ? Object.class : form.getClass());
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> position(error, order)));
        return sorted;
    }

    private static int position(DetailedError error, List<String> order) {
        if (error.isGlobal()) {
            return -1;
        }
        int index = order.indexOf(error.getFieldName());
        return index < 0 ? order.size() : index;
    }

    private static List<String> fieldOrder(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            hierarchy.push(current);
        }
        List<String> names = new ArrayList<>();
        for (Class<?> level : hierarchy) {
            for (Field field : level.getDeclaredFields()) {
                names.add(field.getName());
            }
        }
        return names;
    }
}
