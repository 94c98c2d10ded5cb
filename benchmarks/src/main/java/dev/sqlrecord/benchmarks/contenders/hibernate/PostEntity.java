package dev.sqlrecord.benchmarks.contenders.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * {@code posts}. The columns with database defaults ({@code status}, the times) are not inserted, so
 * the INSERT is the same as every other contender's.
 */
@Entity
@Table(name = "posts")
public class PostEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserEntity author;

    private String title;
    private String body;

    @Column(insertable = false, updatable = false)
    private String status;

    @Column(name = "published_at", insertable = false)
    private Long publishedAt;

    @Column(name = "deleted_at", insertable = false)
    private Long deletedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    private long createdAt;

    @Column(name = "updated_at", insertable = false)
    private long updatedAt;

    protected PostEntity() {}

    public PostEntity(UserEntity author, String title, String body) {
        this.author = author;
        this.title = title;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public UserEntity getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getStatus() {
        return status;
    }

    public Long getPublishedAt() {
        return publishedAt;
    }

    public Long getDeletedAt() {
        return deletedAt;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }
}
